package org.psychograph.segmentation.stored;

import java.util.List;

/**
 * The best solution stored for one k, with the evidence for choosing k (undefined statistics are null or NaN).
 * {@code segmentStability} is null in runs stored before it was kept; the reference stability (the same k on
 * structureless data), {@code aboveReference}, {@code stabilityPeak} and {@code mostStableSplit} are null in runs
 * stored before the structure was assessed.
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
        List<StoredSegmentStability> segmentStability,
        Double referenceMedian,
        Double referenceFirstQuartile,
        Double referenceThirdQuartile,
        Integer referenceReplicates,
        Boolean aboveReference,
        Boolean stabilityPeak,
        Boolean mostStableSplit,
        Double compactnessGap) {

    /** A candidate without the structure assessment (as stored before it existed). */
    public StoredCandidate(
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
            List<StoredSegmentStability> segmentStability) {
        this(
                k,
                withinSumOfSquares,
                withinDistanceSum,
                silhouette,
                silhouetteSampleSize,
                calinskiHarabasz,
                daviesBouldin,
                stabilityMedian,
                stabilityFirstQuartile,
                stabilityThirdQuartile,
                stabilityReplicates,
                sizes,
                recommended,
                segmentStability,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null);
    }
}
