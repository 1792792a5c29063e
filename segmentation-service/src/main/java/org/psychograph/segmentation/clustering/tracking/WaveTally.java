package org.psychograph.segmentation.clustering.tracking;

import java.util.Objects;

/**
 * A wave's placements counted as they are made, so that a wave of a million respondents needs a few numbers per
 * segment rather than its placements in memory. Not thread-safe: one tally per thread or batch, then
 * {@link #merge}.
 */
public final class WaveTally {

    private final FittingBaseline fitting;
    /** Per segment the fitting p95; -1 where the fitting data had no member, so every placement there counts. */
    private final double[] misfitDistance;

    private final long[] counts;
    private final double[] distanceSums;
    private final long[] beyond;

    WaveTally(FittingBaseline fitting) {
        this.fitting = Objects.requireNonNull(fitting, "fitting");
        int k = fitting.k();
        this.misfitDistance = new double[k];
        for (int s = 0; s < k; s++) {
            Double threshold = fitting.segment(s).misfitDistance();
            // no fitting member: the model has no evidence that anyone fits here
            misfitDistance[s] = threshold == null ? -1 : threshold;
        }
        this.counts = new long[k];
        this.distanceSums = new double[k];
        this.beyond = new long[k];
    }

    /** One wave respondent placed with the model: its segment (0-based) and distance to that segment's centre. */
    public void add(int segment, double distance) {
        Tracking.checkPlacement(counts.length, segment, distance);
        counts[segment]++;
        distanceSums[segment] += distance;
        if (distance > misfitDistance[segment]) {
            beyond[segment]++;
        }
    }

    /** Adds another tally of the same fitting baseline (e.g. another batch of the wave). */
    public void merge(WaveTally other) {
        if (!other.fitting.equals(fitting)) {
            throw new IllegalArgumentException("tallies against different fitting data cannot be merged");
        }
        for (int s = 0; s < counts.length; s++) {
            counts[s] += other.counts[s];
            distanceSums[s] += other.distanceSums[s];
            beyond[s] += other.beyond[s];
        }
    }

    public FittingBaseline fitting() {
        return fitting;
    }

    public long total() {
        long total = 0;
        for (long c : counts) {
            total += c;
        }
        return total;
    }

    public long count(int segment) {
        return counts[segment];
    }

    /** Wave respondents of the segment beyond its fitting p95. */
    public long beyond(int segment) {
        return beyond[segment];
    }

    /** Mean distance of the segment's wave respondents; null when it has none. */
    public Double meanDistance(int segment) {
        return counts[segment] == 0 ? null : distanceSums[segment] / counts[segment];
    }
}
