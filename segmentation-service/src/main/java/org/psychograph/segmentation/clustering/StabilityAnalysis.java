package org.psychograph.segmentation.clustering;

import java.util.Arrays;
import java.util.List;

/**
 * Bootstrap evidence for one k: global stability (ARI), the stability of each segment of the candidate's solution
 * (Jaccard), and the same k on structureless data of the same shape: its global stability ({@code reference},
 * {@link GlobalStability#none()} when not measured) and the within sum of squares of the bootstrap samples' best
 * fits on the data and on the reference ({@code sampleWithin}, {@code referenceWithin}; empty when not measured).
 */
public record StabilityAnalysis(
        int k,
        GlobalStability global,
        List<SegmentStability> segments,
        int rejectedFits,
        GlobalStability reference,
        double[] sampleWithin,
        double[] referenceWithin) {

    /** A segment whose mean Jaccard reaches this is stable (Hennig's rule of thumb for clusterboot). */
    public static final double STABLE_SEGMENT_JACCARD = 0.6;

    public StabilityAnalysis {
        segments = List.copyOf(segments);
        reference = reference == null ? GlobalStability.none() : reference;
        sampleWithin = sampleWithin == null ? new double[0] : sampleWithin;
        referenceWithin = referenceWithin == null ? new double[0] : referenceWithin;
    }

    public StabilityAnalysis(int k, GlobalStability global, List<SegmentStability> segments, int rejectedFits) {
        this(k, global, segments, rejectedFits, GlobalStability.none(), null, null);
    }

    static StabilityAnalysis none(int k) {
        return new StabilityAnalysis(k, GlobalStability.none(), List.of(), 0);
    }

    public StabilityAnalysis withSampleWithin(double[] within) {
        return new StabilityAnalysis(k, global, segments, rejectedFits, reference, within, referenceWithin);
    }

    public StabilityAnalysis withReference(TaskCombination.Reference newReference) {
        return new StabilityAnalysis(
                k, global, segments, rejectedFits, newReference.stability(), sampleWithin, newReference.within());
    }

    /**
     * How much more compact the data's segments are than the structureless reference's at this k:
     * {@code ln(median W of the reference samples) - ln(median W of the data samples)}, W the within sum of squares
     * of a bootstrap sample's best fit (the gap statistic's comparison, on the same samples as the stability). About
     * 0 without structure; NaN when not measured.
     */
    public double compactnessGap() {
        double[] data = finite(sampleWithin);
        double[] shuffled = finite(referenceWithin);
        if (data.length == 0 || shuffled.length == 0) {
            return Double.NaN;
        }
        double dataMedian = GlobalStability.percentile(data, 50);
        double referenceMedian = GlobalStability.percentile(shuffled, 50);
        if (dataMedian <= 0 || referenceMedian <= 0) {
            return Double.NaN;
        }
        return Math.log(referenceMedian) - Math.log(dataMedian);
    }

    /**
     * The data's samples are clearly more compact than the reference's: a gap of at least {@code minGap} and the
     * data's third quartile of W below the reference's first quartile (no overlap of the boxes).
     */
    public boolean clearlyMoreCompact(double minGap) {
        double gap = compactnessGap();
        if (!Double.isFinite(gap) || gap < minGap) {
            return false;
        }
        return GlobalStability.percentile(finite(sampleWithin), 75)
                < GlobalStability.percentile(finite(referenceWithin), 25);
    }

    private static double[] finite(double[] values) {
        return Arrays.stream(values).filter(Double::isFinite).toArray();
    }

    /** Share of the segments with a mean Jaccard of at least {@value #STABLE_SEGMENT_JACCARD}; NaN without bootstrap. */
    public double stableSegmentShare() {
        long measured =
                segments.stream().filter(s -> Double.isFinite(s.meanJaccard())).count();
        if (measured == 0) {
            return Double.NaN;
        }
        long stable = segments.stream()
                .filter(s -> s.meanJaccard() >= STABLE_SEGMENT_JACCARD)
                .count();
        return (double) stable / segments.size();
    }

    /** The lowest mean Jaccard of any segment; NaN without bootstrap. */
    public double weakestSegmentJaccard() {
        return segments.stream()
                .mapToDouble(SegmentStability::meanJaccard)
                .filter(Double::isFinite)
                .min()
                .orElse(Double.NaN);
    }
}
