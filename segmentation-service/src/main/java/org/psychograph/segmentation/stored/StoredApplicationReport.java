package org.psychograph.segmentation.stored;

import java.util.List;
import org.psychograph.segmentation.clustering.tracking.DriftReport;
import org.psychograph.segmentation.clustering.tracking.SegmentDrift;
import org.psychograph.segmentation.clustering.tracking.Share;

/**
 * A model application's report as it is stored (gzip JSON in {@code model_application.report}): what was placed and
 * the drift against the fitting data. A type of its own, apart from the tracking statistics and the GraphQL views
 * (ADR 0010): field names are the stored format; renaming one needs a new {@link #FORMAT} and a translation on read.
 * Segments are 0-based here, as in the statistics.
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
        double chiSquare,
        int degreesOfFreedom,
        double pValue,
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
                drift.shareComparison().statistic(),
                drift.shareComparison().degreesOfFreedom(),
                drift.shareComparison().pValue(),
                drift.shareComparison().segmentsLeftOut(),
                StoredShare.of(drift.misfit()),
                drift.expectedMisfitShare(),
                drift.notes());
    }
}
