package org.psychograph.segmentation.clustering;

/**
 * The best fit among a batch of restarts. Plain arrays and numbers, so it can be stored as JSON or bytes
 * ({@link ResultCodec}) between the worker that made it and the step that combines the batches.
 *
 * @param k                  number of segments
 * @param restartFrom        first restart of the batch
 * @param restartTo          end of the batch (exclusive)
 * @param bestRestart        index of the best restart, or -1 when every restart of the batch failed
 * @param bestSeed           trainer seed of the best fit
 * @param withinSumOfSquares of the best fit over all rows
 * @param withinDistanceSum  of the best fit over all rows (flexclust's distsum)
 * @param centroids          of the best fit, in column order and Tribuo's cluster order
 * @param tribuoModel        the best fit's Tribuo {@code ModelProto} bytes
 * @param rejectedFits       fits rejected for an empty cluster
 * @param failedRestarts     restarts that found no acceptable fit at all
 */
public record ClusteringTaskResult(
        int k,
        int restartFrom,
        int restartTo,
        int bestRestart,
        long bestSeed,
        double withinSumOfSquares,
        double withinDistanceSum,
        double[][] centroids,
        byte[] tribuoModel,
        int rejectedFits,
        int failedRestarts) {

    public boolean hasSolution() {
        return bestRestart >= 0;
    }
}
