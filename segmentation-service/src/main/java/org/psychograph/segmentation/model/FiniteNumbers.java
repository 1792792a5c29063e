package org.psychograph.segmentation.model;

/**
 * The guard against non-finite numbers in what the API serves (its views, and the stored report they are made
 * from). GraphQL's Float has no NaN or Infinity, and SmallRye GraphQL
 * fails while writing the JSON answer when it meets one (the response is then dropped, not answered with an
 * error), so no view may hold one. Statistics that can be undefined (a test on a one-member segment, an index
 * of a degenerate solution) are nullable and become null; quantities that are always defined for finite data
 * (sizes, shares, centres, distances) refuse a non-finite value when the view is built or read back, which
 * turns into an answered error for that field instead of a silent hang.
 */
public final class FiniteNumbers {

    private FiniteNumbers() {}

    /** The value, or null when it is null, NaN or infinite. */
    public static Double orNull(Double value) {
        return value == null || !Double.isFinite(value) ? null : value;
    }

    /** The value, which must be finite; {@code what} names it in the error. */
    public static double required(double value, String what) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(what + " is not a finite number (" + value
                    + "); the answers behind it are too large or degenerate");
        }
        return value;
    }
}
