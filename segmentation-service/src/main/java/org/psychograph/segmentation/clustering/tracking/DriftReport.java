package org.psychograph.segmentation.clustering.tracking;

import java.util.List;

/**
 * How a wave placed with a run's model compares with the run's own data.
 *
 * @param k                   number of segments of the model
 * @param fittingRespondents  respondents of the fitting data
 * @param waveRespondents     respondents of the wave
 * @param segments            per segment, in segment order
 * @param shareComparison     the chi-square test of the shares; null when fewer than two segments have members
 * @param misfit              wave respondents beyond their segment's fitting p95 ("fit no segment well")
 * @param expectedMisfitShare the misfit share expected when nothing changed (0.05)
 * @param verdict             the conclusion
 * @param summary             the conclusion in plain words, with its numbers
 * @param notes               what the reader should know about how the numbers were made
 */
public record DriftReport(
        int k,
        long fittingRespondents,
        long waveRespondents,
        List<SegmentDrift> segments,
        ShareComparison shareComparison,
        Share misfit,
        double expectedMisfitShare,
        DriftVerdict verdict,
        String summary,
        List<String> notes) {

    public DriftReport {
        segments = List.copyOf(segments);
        notes = List.copyOf(notes);
    }

    /** The largest absolute change of a segment's share, as a proportion (0.12 = 12 points). */
    public double largestShareChange() {
        return segments.stream()
                .mapToDouble(s -> Math.abs(s.shareChange()))
                .max()
                .orElse(0);
    }
}
