package org.psychograph.segmentation.api;

import org.psychograph.segmentation.api.types.ModelApplicationView;
import org.psychograph.segmentation.api.types.ModelApplicationView.DriftReportView;
import org.psychograph.segmentation.api.types.ModelApplicationView.SegmentDriftView;
import org.psychograph.segmentation.api.types.ModelApplicationView.ShareTestView;
import org.psychograph.segmentation.api.types.ModelApplicationView.ShareView;
import org.psychograph.segmentation.clustering.tracking.DriftVerdict;
import org.psychograph.segmentation.model.ModelApplication;
import org.psychograph.segmentation.stored.ApplicationReportStorage;
import org.psychograph.segmentation.stored.StoredApplicationReport;
import org.psychograph.segmentation.stored.StoredApplicationReport.StoredShare;

/** Model applications as the API shows them, from the stored application and its stored report. */
final class ApplicationViews {

    private ApplicationViews() {}

    static ModelApplicationView of(ModelApplication a) {
        StoredApplicationReport report = a.report() == null ? null : ApplicationReportStorage.decode(a.report());
        return new ModelApplicationView(
                a.id().toString(),
                a.runId().toString(),
                a.surveyId(),
                a.surveyTitle(),
                a.status(),
                a.error(),
                a.createdAt(),
                a.finishedAt(),
                a.placedCount(),
                a.unplacedCount(),
                report == null ? null : report.unplacedReason(),
                report == null ? null : drift(report));
    }

    private static DriftReportView drift(StoredApplicationReport r) {
        return new DriftReportView(
                DriftVerdict.valueOf(r.verdict()),
                r.summary(),
                r.k(),
                Math.toIntExact(r.fittingRespondents()),
                Math.toIntExact(r.waveRespondents()),
                r.segments().stream()
                        .map(s -> new SegmentDriftView(
                                s.segment() + 1,
                                s.fittingShare(),
                                share(s.waveShare()),
                                s.shareChange(),
                                s.fittingMeanDistance(),
                                s.waveMeanDistance(),
                                s.misfitDistance(),
                                share(s.waveMisfit())))
                        .toList(),
                r.chiSquare() == null
                        ? null
                        : new ShareTestView(
                                r.chiSquare(),
                                r.degreesOfFreedom(),
                                r.pValue(),
                                r.segmentsLeftOut().stream().map(s -> s + 1).toList()),
                share(r.misfit()),
                r.expectedMisfitShare(),
                r.notes());
    }

    private static ShareView share(StoredShare s) {
        return s == null
                ? null
                : new ShareView(Math.toIntExact(s.count()), Math.toIntExact(s.total()), s.value(), s.low(), s.high());
    }
}
