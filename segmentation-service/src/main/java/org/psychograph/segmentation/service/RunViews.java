package org.psychograph.segmentation.service;

import java.util.List;
import org.psychograph.segmentation.graphql.types.RunConfigView;
import org.psychograph.segmentation.graphql.types.RunReport;
import org.psychograph.segmentation.graphql.types.RunView;
import org.psychograph.segmentation.jobs.ReportStorage;
import org.psychograph.segmentation.model.SegmentationRun;

/** Entity to API view; a finished run's report is decoded from its stored form. */
public final class RunViews {

    private RunViews() {
    }

    public static RunView of(SegmentationRun r) {
        RunReport report = r.report == null ? null : ReportStorage.decode(r.report);
        return new RunView(r.id.toString(), r.workspaceId, r.surveyId, r.surveyTitle, r.status, r.phase, r.percent,
                r.error, RunConfigView.of(r.config), r.createdAt, r.startedAt, r.finishedAt, r.respondentCount,
                r.droppedCount, r.recommendedK, r.recommendationReason, r.chosenK,
                report == null ? List.of() : report.candidates(), report == null ? List.of() : report.segments(),
                report == null ? null : report.provenance(), report == null ? List.of() : report.notes());
    }

}
