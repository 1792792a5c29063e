package org.psychograph.segmentation.clustering;

/**
 * The best full-data solution for one k, with segments numbered by size (segment 0 is the largest; equal sizes
 * keep Tribuo's cluster order). Every candidate keeps one, so the analyst can switch k without re-clustering.
 *
 * @param k                  number of segments
 * @param centroids          per segment, in prepared units and the matrix's column order
 * @param labels             per matrix row, its segment (nearest centroid)
 * @param sizes              per segment, its number of rows
 * @param withinSumOfSquares sum of squared distances of all rows to their centroid
 * @param withinDistanceSum  sum of distances of all rows to their centroid (flexclust's distsum)
 * @param restartIndex       the restart that produced it
 * @param seed               the trainer seed that produced it
 * @param tribuoModel        Tribuo {@code ModelProto} bytes of the fit
 * @param segmentOfCluster   for each Tribuo cluster id, the segment number given here
 */
public record SegmentSolution(
        int k,
        double[][] centroids,
        int[] labels,
        int[] sizes,
        double withinSumOfSquares,
        double withinDistanceSum,
        int restartIndex,
        long seed,
        byte[] tribuoModel,
        int[] segmentOfCluster) {

    public int rows() {
        return labels.length;
    }
}
