package org.psychograph.segmentation.clustering;

/**
 * Stability values of a batch of bootstrap replicates, in replicate order.
 *
 * @param k              number of segments
 * @param replicateFrom  first replicate of the batch
 * @param replicateTo    end of the batch (exclusive)
 * @param adjustedRand   per replicate: adjusted Rand index between the two bootstrap solutions' partitions of all
 *                       rows; NaN when a sample could not be clustered into k non-empty segments
 * @param segmentJaccard per replicate and reference segment: the best Jaccard match of that segment among the
 *                       bootstrap segments, on the rows of the sample, averaged over the two samples; NaN as above
 * @param rejectedFits   fits rejected for an empty cluster
 * @param sampleWithinSumOfSquares per replicate: the within sum of squares of the two samples' best fits,
 *                       averaged (NaN as above); compared with the structureless reference's to see whether the
 *                       data is more compact than its shuffled self. Null in results stored before it was kept
 */
public record BootstrapTaskResult(
        int k,
        int replicateFrom,
        int replicateTo,
        double[] adjustedRand,
        double[][] segmentJaccard,
        int rejectedFits,
        double[] sampleWithinSumOfSquares) {

    public BootstrapTaskResult(
            int k, int replicateFrom, int replicateTo, double[] adjustedRand, double[][] segmentJaccard, int rejected) {
        this(k, replicateFrom, replicateTo, adjustedRand, segmentJaccard, rejected, null);
    }
}
