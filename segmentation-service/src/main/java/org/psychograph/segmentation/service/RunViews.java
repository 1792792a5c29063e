package org.psychograph.segmentation.service;

import java.util.List;
import org.jboss.logging.Logger;
import org.psychograph.segmentation.graphql.types.RunConfigView;
import org.psychograph.segmentation.graphql.types.RunReport;
import org.psychograph.segmentation.graphql.types.RunView;
import org.psychograph.segmentation.jobs.ReportStorage;
import org.psychograph.segmentation.model.SegmentationRun;

/** Entity to API view; a finished run's report is decoded from its stored form. */
public final class RunViews {

    private static final Logger LOG = Logger.getLogger(RunViews.class);

    private RunViews() {
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return String.valueOf(root.getMessage());
    }

    public static RunView of(SegmentationRun r) {
        RunReport report = null;
        String error = r.error;
        if (r.report != null) {
            try {
                report = ReportStorage.decode(r.report);
            } catch (RuntimeException e) {
                // a report stored by an older release, or holding a number the views refuse: the run stays
                // readable (status, config, this reason) and persona-service refuses it instead of waiting on it
                LOG.warnf("run %s: stored report unreadable: %s", r.id, rootMessage(e));
                error = "the stored results of this run cannot be read: " + rootMessage(e);
            }
        }
        return new RunView(r.id.toString(), r.workspaceId, r.surveyId, r.surveyTitle, r.status, r.phase, r.percent,
                error, RunConfigView.of(r.config), r.createdAt, r.startedAt, r.finishedAt, r.respondentCount,
                r.droppedCount, r.recommendedK, r.recommendationReason, r.chosenK,
                report == null ? List.of() : report.candidates(), report == null ? List.of() : report.segments(),
                report == null ? null : report.provenance(), report == null ? List.of() : report.notes());
    }

}
