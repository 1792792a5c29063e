package org.psychograph.segmentation.clustering.profile;

import org.hipparchus.stat.descriptive.StatisticalSummary;
import org.hipparchus.stat.descriptive.StatisticalSummaryValues;

/**
 * Count, mean and sum of squared deviations of a group, combinable without the raw values (Chan et al.), so
 * "segment versus the rest" needs no copy of the rest's values.
 */
record Moments(long n, double mean, double squaredDeviations) {

    static final Moments EMPTY = new Moments(0, 0, 0);

    Moments plus(double value) {
        long count = n + 1;
        double delta = value - mean;
        double newMean = mean + delta / count;
        return new Moments(count, newMean, squaredDeviations + delta * (value - newMean));
    }

    Moments combine(Moments other) {
        if (other.n == 0) {
            return this;
        }
        if (n == 0) {
            return other;
        }
        long count = n + other.n;
        double delta = other.mean - mean;
        return new Moments(
                count,
                mean + delta * other.n / count,
                squaredDeviations + other.squaredDeviations + delta * delta * n * other.n / count);
    }

    double variance() {
        return n > 1 ? squaredDeviations / (n - 1) : Double.NaN;
    }

    double standardDeviation() {
        return Math.sqrt(variance());
    }

    StatisticalSummary summary() {
        // min, max and sum are not used by the t-test
        return new StatisticalSummaryValues(mean, variance(), n, Double.NaN, Double.NaN, mean * n);
    }
}
