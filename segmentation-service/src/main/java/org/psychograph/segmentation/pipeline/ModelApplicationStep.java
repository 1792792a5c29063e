package org.psychograph.segmentation.pipeline;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.List;
import org.psychograph.segmentation.client.MatrixBlock;
import org.psychograph.segmentation.client.SurveyData;
import org.psychograph.segmentation.client.SurveyDtos.SurveyDefinition;
import org.psychograph.segmentation.clustering.Assigner;
import org.psychograph.segmentation.clustering.Placement;
import org.psychograph.segmentation.clustering.storage.SegmentationModel;
import org.psychograph.segmentation.clustering.tracking.DriftAnalysis;
import org.psychograph.segmentation.error.RunRejected;
import org.psychograph.segmentation.model.ClaimedApplication;
import org.psychograph.segmentation.model.PlacementColumns;
import org.psychograph.segmentation.repository.ApplicationRepository;
import org.psychograph.segmentation.repository.AssignmentRepository;
import org.psychograph.segmentation.stored.ApplicationReportStorage;
import org.psychograph.segmentation.stored.StoredApplicationReport;

/**
 * Applies a run's stored model to a survey: reads the survey's basis answers page by page (service account), places
 * every respondent with the model's own preparation and nearest centre ({@link Assigner}, as {@code assignSegment}
 * does for one), and compares the placements with the fitting data's ({@link DriftAnalysis}).
 *
 * <p>Respondents the model cannot place are counted, not fatal: a missing basis answer when the run dropped
 * incomplete respondents (it has no rule to fill the gap), exactly as the run itself dropped them.
 */
@ApplicationScoped
public class ModelApplicationStep {

    private static final Duration WAIT = Duration.ofMinutes(2);

    private final ApplicationRepository applications;
    private final AssignmentRepository assignments;
    private final SurveyData surveys;

    public ModelApplicationStep(
            ApplicationRepository applications, AssignmentRepository assignments, SurveyData surveys) {
        this.applications = applications;
        this.assignments = assignments;
        this.surveys = surveys;
    }

    /** The placements to store, how many respondents could not be placed, and the stored report. */
    public record Outcome(PlacementColumns placed, int unplaced, byte[] report) {}

    public Outcome apply(ClaimedApplication application) {
        SegmentationModel model = SegmentationModel.fromBytes(applications
                .model(application.runId())
                .await()
                .atMost(WAIT)
                .orElseThrow(() -> new RunRejected("runId: run " + application.runId() + " has no model")));
        SurveyDefinition survey = surveys.survey(application.surveyId());
        if (survey == null || !application.workspaceId().equals(survey.workspaceId())) {
            // the service account may see several workspaces; an application only ever reads its own
            throw new RunRejected("surveyId: survey " + application.surveyId() + " is not in the run's workspace");
        }
        List<String> problems = BasisCompatibility.problems(model.preparation(), survey);
        if (!problems.isEmpty()) {
            throw new RunRejected("surveyId: " + String.join("; ", problems));
        }
        Assigner assigner = Assigner.of(model);
        List<String> codes = List.of(model.preparation().variableCodes());
        PlacementColumns placed = new PlacementColumns();
        int unplaced = 0;
        String unplacedReason = null;
        String after = null;
        do {
            MatrixBlock page =
                    surveys.matrixPage(application.surveyId(), codes, after).requireColumns(codes);
            for (int r = 0; r < page.respondentIds().length; r++) {
                String respondent = page.respondentIds()[r];
                try {
                    Placement p = assigner.assign(page.values()[r]); // NaN where not answered
                    placed.add(respondent, p.segment(), p.distance(), p.margin());
                } catch (IllegalArgumentException e) {
                    unplaced++;
                    if (unplacedReason == null) {
                        unplacedReason = "respondent " + respondent + ": " + e.getMessage();
                    }
                }
            }
            after = page.hasNextPage() ? page.endCursor() : null;
        } while (after != null);
        if (placed.size() == 0) {
            throw new RunRejected("surveyId: no respondent of survey " + application.surveyId() + " could be placed"
                    + (unplacedReason == null ? " (it has no responses)" : ": " + unplacedReason));
        }
        int k = model.segmentOfCluster().length;
        PlacementColumns fitting =
                assignments.all(application.runId(), false).await().atMost(WAIT);
        StoredApplicationReport report = StoredApplicationReport.of(
                application.runId().toString(),
                application.surveyId(),
                placed.size(),
                unplaced,
                unplacedReason,
                DriftAnalysis.compare(
                        k, fitting.segments(), fitting.distances(), placed.segments(), placed.distances()));
        return new Outcome(placed, unplaced, ApplicationReportStorage.encode(report));
    }
}
