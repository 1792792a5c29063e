package org.psychograph.segmentation.clustering.tracking;

import org.hipparchus.stat.interval.BinomialProportion;
import org.hipparchus.stat.interval.ConfidenceInterval;

/**
 * A proportion of respondents with its Wilson score 95% interval (Hipparchus). Wilson rather than the normal
 * approximation: it stays inside [0, 1] and holds for small segments and shares near 0.
 *
 * @param count respondents counted
 * @param total respondents in all (at least 1)
 * @param value count / total
 * @param low   lower bound of the 95% interval
 * @param high  upper bound of the 95% interval
 */
public record Share(long count, long total, double value, double low, double high) {

    public static final double CONFIDENCE = 0.95;

    public Share {
        if (total < 1 || count < 0 || count > total) {
            throw new IllegalArgumentException(
                    "a share needs 0 <= count <= total and total >= 1, got " + count + " of " + total);
        }
    }

    public static Share of(long count, long total) {
        if (total < 1) {
            throw new IllegalArgumentException("a share of no respondents is undefined");
        }
        double value = (double) count / total;
        ConfidenceInterval interval =
                BinomialProportion.getWilsonScoreInterval(Math.toIntExact(total), value, CONFIDENCE);
        // clamped: at a count of 0 Hipparchus' lower bound comes out as a rounding error above or below 0
        return new Share(
                count,
                total,
                value,
                Math.max(0, Math.min(value, interval.getLowerBound())),
                Math.min(1, Math.max(value, interval.getUpperBound())));
    }

    /** True when the interval lies entirely above {@code level}. */
    public boolean above(double level) {
        return low > level;
    }
}
