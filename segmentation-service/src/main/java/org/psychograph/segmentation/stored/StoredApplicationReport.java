package org.psychograph.segmentation.stored;

import java.util.List;
import org.psychograph.segmentation.clustering.tracking.DriftReport;
import org.psychograph.segmentation.clustering.tracking.SegmentDrift;
import org.psychograph.segmentation.clustering.tracking.Share;
import org.psychograph.segmentation.clustering.tracking.ShareComparison;

/**
 * A model application's report as it is stored (gzip JSON in {@code model_application.report}): what was placed and
 * the drift against the fitting data. A type of its own, apart from the tracking statistics and the GraphQL views
 * (ADR 0010): field names are the stored format; renaming one needs a new {@link #FORMAT} and a translation on read.
 * Segments are 0-based here, as in the statistics. The chi-square fields are null when fewer than two segments have
 * members (nothing to compare).
 */
public record StoredApplicationReport(
        String runId,
        String surveyId,
        int k,
        int placed,
        int unplaced,
        String unplacedReason,
        String verdict,
        String summary,
        long fittingRespondents,
        long waveRespondents,
        List<Segment> segments,
        Double chiSquare,
        Integer degreesOfFreedom,
        Double pValue,
        List<Integer> segmentsLeftOut,
        StoredShare misfit,
        double expectedMisfitShare,
        List<String> notes) {

    public static final int FORMAT = 1;

    public record StoredShare(long count, long total, double value, double low, double high) {
        static StoredShare of(Share share) {
            return share == null
                    ? null
                    : new StoredShare(share.count(), share.total(), share.value(), share.low(), share.high());
        }
    }

    public record Segment(
            int segment,
            long fittingCount,
            double fittingShare,
            StoredShare waveShare,
            double shareChange,
            Double fittingMeanDistance,
            Double waveMeanDistance,
            Double misfitDistance,
            StoredShare waveMisfit) {
        static Segment of(SegmentDrift s) {
            return new Segment(
                    s.segment(),
                    s.fittingCount(),
                    s.fittingShare(),
                    StoredShare.of(s.waveShare()),
                    s.shareChange(),
                    s.fittingMeanDistance(),
                    s.waveMeanDistance(),
                    s.misfitDistance(),
                    StoredShare.of(s.waveMisfit()));
        }
    }

    public static StoredApplicationReport of(
            String runId, String surveyId, int placed, int unplaced, String unplacedReason, DriftReport drift) {
        ShareComparison test = drift.shareComparison();
        return new StoredApplicationReport(
                runId,
                surveyId,
                drift.k(),
                placed,
                unplaced,
                unplacedReason,
                drift.verdict().name(),
                drift.summary(),
                drift.fittingRespondents(),
                drift.waveRespondents(),
                drift.segments().stream().map(Segment::of).toList(),
                test == null ? null : test.statistic(),
                test == null ? null : test.degreesOfFreedom(),
                test == null ? null : test.pValue(),
                test == null ? List.of() : test.segmentsLeftOut(),
                StoredShare.of(drift.misfit()),
                drift.expectedMisfitShare(),
                drift.notes());
    }
}
