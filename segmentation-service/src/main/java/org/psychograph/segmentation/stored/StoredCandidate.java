package org.psychograph.segmentation.stored;

import java.util.List;

/**
 * The best solution stored for one k, with the evidence for choosing k (undefined statistics are null or NaN).
 * {@code segmentStability} is null in runs stored before it was kept.
 */
public record StoredCandidate(
        int k,
        double withinSumOfSquares,
        double withinDistanceSum,
        Double silhouette,
        int silhouetteSampleSize,
        Double calinskiHarabasz,
        Double daviesBouldin,
        Double stabilityMedian,
        Double stabilityFirstQuartile,
        Double stabilityThirdQuartile,
        List<Double> stabilityReplicates,
        List<Integer> sizes,
        boolean recommended,
        List<StoredSegmentStability> segmentStability) {}
