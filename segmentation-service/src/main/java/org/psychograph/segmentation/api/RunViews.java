package org.psychograph.segmentation.api;

import java.util.List;
import org.jboss.logging.Logger;
import org.psychograph.segmentation.api.types.PersonaDeliveryView;
import org.psychograph.segmentation.api.types.RunConfigView;
import org.psychograph.segmentation.api.types.RunReport;
import org.psychograph.segmentation.api.types.RunView;
import org.psychograph.segmentation.api.types.SegmentPlacement;
import org.psychograph.segmentation.model.PersonaDelivery;
import org.psychograph.segmentation.model.SegmentationRun;
import org.psychograph.segmentation.service.NewRespondentPlacement;
import org.psychograph.segmentation.stored.ReportStorage;

/** The service's records as the API shows them; a finished run's report is decoded from its stored form. */
final class RunViews {

    private static final Logger LOG = Logger.getLogger(RunViews.class);

    private RunViews() {}

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return String.valueOf(root.getMessage());
    }

    static RunView of(SegmentationRun r) {
        RunReport report = null;
        String error = r.error;
        if (r.report != null) {
            try {
                report = ReportViews.of(ReportStorage.decode(r.report));
            } catch (RuntimeException e) {
                // a report no format this release knows can read, or holding a number the views refuse: the run stays
                // readable (status, config, this reason) and persona-service refuses it instead of waiting on it
                LOG.warnf("run %s: stored report unreadable: %s", r.id, rootMessage(e));
                error = "the stored results of this run cannot be read: " + rootMessage(e);
            }
        }
        return new RunView(
                r.id.toString(),
                r.workspaceId,
                r.surveyId,
                r.surveyTitle,
                r.trackerId,
                r.status,
                r.phase,
                r.percent,
                error,
                RunConfigView.of(r.config),
                r.createdAt,
                r.startedAt,
                r.finishedAt,
                r.respondentCount,
                r.droppedCount,
                r.recommendedK,
                r.recommendationReason,
                r.chosenK,
                report == null ? List.of() : report.candidates(),
                report == null ? List.of() : report.segments(),
                report == null ? null : report.provenance(),
                report == null ? List.of() : report.notes(),
                report == null ? null : report.structure(),
                report == null ? null : report.mostStableK(),
                report == null ? null : report.mostStableReason(),
                report == null ? null : report.typingTool());
    }

    static PersonaDeliveryView delivery(PersonaDelivery d) {
        return d == null ? null : new PersonaDeliveryView(d.status(), d.attempts(), d.lastError(), d.deliveredAt());
    }

    /** Segments are numbered from 1 in the API. */
    static SegmentPlacement placement(NewRespondentPlacement p) {
        return new SegmentPlacement(p.segment() + 1, p.distance(), p.margin(), p.method(), p.probability());
    }
}
