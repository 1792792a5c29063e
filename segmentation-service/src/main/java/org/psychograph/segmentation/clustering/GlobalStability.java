package org.psychograph.segmentation.clustering;

import java.util.Arrays;
import org.hipparchus.stat.descriptive.rank.Percentile;

/**
 * Global stability of one k: the adjusted Rand index between the two solutions of each bootstrap pair, and its
 * median and quartiles (R's default quantile definition, type 7, as in R's {@code summary} and boxplots).
 *
 * @param adjustedRand     every replicate's value in replicate order (NaN: the replicate could not be clustered)
 * @param median           median over the replicates that could be clustered
 * @param firstQuartile    25th percentile
 * @param thirdQuartile    75th percentile
 * @param failedReplicates replicates without a value
 */
public record GlobalStability(
        double[] adjustedRand, double median, double firstQuartile, double thirdQuartile, int failedReplicates) {

    static GlobalStability of(double[] adjustedRand) {
        double[] finite = Arrays.stream(adjustedRand).filter(Double::isFinite).toArray();
        int failed = adjustedRand.length - finite.length;
        if (finite.length == 0) {
            return new GlobalStability(adjustedRand, Double.NaN, Double.NaN, Double.NaN, failed);
        }
        return new GlobalStability(
                adjustedRand, percentile(finite, 50), percentile(finite, 25), percentile(finite, 75), failed);
    }

    /** No bootstrap was run (zero replicates configured). */
    static GlobalStability none() {
        return new GlobalStability(new double[0], Double.NaN, Double.NaN, Double.NaN, 0);
    }

    public int replicates() {
        return adjustedRand.length;
    }

    static double percentile(double[] values, double p) {
        return new Percentile()
                .withEstimationType(Percentile.EstimationType.R_7)
                .evaluate(values, p);
    }
}
