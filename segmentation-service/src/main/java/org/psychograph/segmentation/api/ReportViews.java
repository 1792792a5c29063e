package org.psychograph.segmentation.api;

import java.util.List;
import org.psychograph.segmentation.api.types.CandidateView;
import org.psychograph.segmentation.api.types.ProvenanceView;
import org.psychograph.segmentation.api.types.RunReport;
import org.psychograph.segmentation.api.types.SegmentStabilityView;
import org.psychograph.segmentation.api.types.SegmentView;
import org.psychograph.segmentation.api.types.SegmentView.CategoryShare;
import org.psychograph.segmentation.api.types.SegmentView.CentroidValue;
import org.psychograph.segmentation.api.types.SegmentView.DescriptorBreakdownView;
import org.psychograph.segmentation.api.types.SegmentView.ProfileEntry;
import org.psychograph.segmentation.api.types.StructureView;
import org.psychograph.segmentation.api.types.TypingToolView;
import org.psychograph.segmentation.clustering.StructureType;
import org.psychograph.segmentation.stored.StoredCandidate;
import org.psychograph.segmentation.stored.StoredProvenance;
import org.psychograph.segmentation.stored.StoredRunReport;
import org.psychograph.segmentation.stored.StoredSegment;
import org.psychograph.segmentation.stored.StoredStructure;
import org.psychograph.segmentation.stored.StoredTypingTool;

/**
 * A stored run report as the API shows it. The views refuse non-finite numbers where GraphQL needs a number (a
 * report that holds one cannot be served, see RunViews) and null undefined statistics.
 */
final class ReportViews {

    private ReportViews() {}

    static RunReport of(StoredRunReport report) {
        return new RunReport(
                report.candidates().stream().map(ReportViews::candidate).toList(),
                report.segments().stream().map(ReportViews::segment).toList(),
                report.notes(),
                report.provenance() == null ? null : provenance(report.provenance()),
                report.structure() == null ? null : structure(report.structure()),
                report.mostStableK(),
                report.mostStableReason(),
                report.typingTool() == null ? null : typingTool(report.typingTool()));
    }

    private static TypingToolView typingTool(StoredTypingTool t) {
        return new TypingToolView(
                t.goldenQuestions().stream()
                        .map(q -> new TypingToolView.GoldenQuestionView(q.code(), q.text(), q.scaleMin(), q.scaleMax()))
                        .toList(),
                t.curve().stream()
                        .map(p -> new TypingToolView.AccuracyPointView(
                                p.questions(), p.added(), p.crossValidatedAccuracy()))
                        .toList(),
                t.targetAccuracy(),
                t.targetReached(),
                t.crossValidatedAccuracy(),
                t.holdoutAccuracy(),
                t.holdoutSize(),
                t.selectionSize(),
                t.confusionMatrix(),
                t.scoring().stream()
                        .map(s -> new TypingToolView.SegmentScoreView(s.segment(), s.intercept(), s.weights()))
                        .toList(),
                t.provenance() == null ? "" : t.provenance());
    }

    private static StructureView structure(StoredStructure s) {
        return new StructureView(s.type() == null ? null : StructureType.valueOf(s.type()), s.explanation());
    }

    private static CandidateView candidate(StoredCandidate c) {
        return new CandidateView(
                c.k(),
                c.withinSumOfSquares(),
                c.withinDistanceSum(),
                c.silhouette(),
                c.silhouetteSampleSize(),
                c.calinskiHarabasz(),
                c.daviesBouldin(),
                c.stabilityMedian(),
                c.stabilityFirstQuartile(),
                c.stabilityThirdQuartile(),
                c.stabilityReplicates(),
                c.sizes() == null ? List.of() : c.sizes(),
                c.recommended(),
                c.segmentStability() == null
                        ? List.of()
                        : c.segmentStability().stream()
                                .map(s -> new SegmentStabilityView(
                                        s.segment(), s.size(), s.meanJaccard(), s.medianJaccard()))
                                .toList(),
                c.referenceMedian(),
                c.referenceFirstQuartile(),
                c.referenceThirdQuartile(),
                c.referenceReplicates(),
                c.aboveReference(),
                c.stabilityPeak(),
                Boolean.TRUE.equals(c.mostStableSplit()),
                c.compactnessGap());
    }

    private static SegmentView segment(StoredSegment s) {
        return new SegmentView(
                s.id(),
                s.runId(),
                s.number(),
                s.label(),
                s.size(),
                s.share(),
                s.stability(),
                list(s.centroid()).stream()
                        .map(v -> new CentroidValue(v.questionCode(), v.value()))
                        .toList(),
                list(s.profile()).stream().map(ReportViews::profile).toList(),
                list(s.descriptors()).stream().map(ReportViews::descriptor).toList());
    }

    private static ProfileEntry profile(StoredSegment.ProfileEntry p) {
        return new ProfileEntry(
                p.questionCode(),
                p.questionText(),
                p.dimension(),
                p.segmentMean(),
                p.overallMean(),
                p.difference(),
                p.standardisedDifference(),
                p.pValue(),
                p.pValueNote(),
                p.marker());
    }

    private static DescriptorBreakdownView descriptor(StoredSegment.DescriptorBreakdown d) {
        return new DescriptorBreakdownView(
                d.questionCode(),
                d.questionText(),
                d.dimension(),
                d.kind(),
                d.pValue(),
                d.test(),
                d.segmentMean(),
                d.overallMean(),
                list(d.categories()).stream()
                        .map(c -> new CategoryShare(c.label(), c.count(), c.segmentShare(), c.overallShare()))
                        .toList());
    }

    private static ProvenanceView provenance(StoredProvenance p) {
        return new ProvenanceView(p.seed(), p.tribuoVersion(), p.dataFingerprint(), p.restartIndex(), p.fitSeed());
    }

    private static <T> List<T> list(List<T> values) {
        return values == null ? List.of() : values;
    }
}
