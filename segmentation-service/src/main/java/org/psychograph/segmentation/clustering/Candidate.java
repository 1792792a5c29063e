package org.psychograph.segmentation.clustering;

/**
 * The evidence for one k, with its best solution kept so it can be profiled without re-clustering.
 *
 * @param k                    number of segments
 * @param withinSumOfSquares   sum of squared distances to the segment centroid (the k-means objective; the
 *                             scree/elbow curve)
 * @param withinDistanceSum    sum of (unsquared) distances to the segment centroid: what flexclust reports as
 *                             "distsum" and the MSA book plots
 * @param silhouette           mean silhouette width
 * @param silhouetteSampleSize rows the silhouette was computed on
 * @param calinskiHarabasz     Calinski-Harabasz index
 * @param daviesBouldin        Davies-Bouldin index
 * @param stability            bootstrap evidence
 * @param solution             the best full-data solution
 */
public record Candidate(
        int k,
        double withinSumOfSquares,
        double withinDistanceSum,
        double silhouette,
        int silhouetteSampleSize,
        double calinskiHarabasz,
        double daviesBouldin,
        StabilityAnalysis stability,
        SegmentSolution solution) {

    /** Median bootstrap ARI, NaN when no bootstrap ran. */
    public double medianStability() {
        return stability.global().median();
    }
}
