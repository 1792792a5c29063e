package org.psychograph.segmentation.service;

import io.smallrye.graphql.client.GraphQLClientException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.psychograph.segmentation.client.SurveyData;
import org.psychograph.segmentation.clustering.storage.SegmentationModel;
import org.psychograph.segmentation.config.WorkerConfig;
import org.psychograph.segmentation.error.DomainException;
import org.psychograph.segmentation.error.NotFoundException;
import org.psychograph.segmentation.error.UnavailableException;
import org.psychograph.segmentation.error.ValidationException;
import org.psychograph.segmentation.model.ModelApplication;
import org.psychograph.segmentation.model.RespondentAssignment;
import org.psychograph.segmentation.model.RunStatus;
import org.psychograph.segmentation.pipeline.BasisCompatibility;
import org.psychograph.segmentation.queue.ApplicationWorker;
import org.psychograph.segmentation.repository.ApplicationRepository;
import org.psychograph.segmentation.security.Caller;

/**
 * A run's model applied to another wave (or any survey of the workspace with the same basis questions), as analysts
 * see it: queue an application, follow it, read its placements and its drift report.
 */
@ApplicationScoped
public class ModelApplications {

    private final SegmentationService runs;
    private final ApplicationRepository applications;
    private final SurveyData surveys;
    private final Caller caller;
    private final ApplicationWorker worker;
    private final int maxAttempts;

    public ModelApplications(
            SegmentationService runs,
            ApplicationRepository applications,
            SurveyData surveys,
            Caller caller,
            ApplicationWorker worker,
            WorkerConfig config) {
        this.runs = runs;
        this.applications = applications;
        this.surveys = surveys;
        this.caller = caller;
        this.worker = worker;
        this.maxAttempts = config.maxAttempts();
    }

    /**
     * Checks, as the caller, that the run has a model and that the survey is theirs, of the run's workspace, and asks
     * its basis questions on the same scales; then queues the application.
     */
    public Uni<ModelApplication> apply(String runId, String surveyId) {
        caller.requireAnalyst();
        String who = caller.name();
        Set<String> workspaces = caller.workspaces();
        return runs.findVisible(runId, workspaces)
                .chain(run -> {
                    if (run.status != RunStatus.SUCCEEDED || run.model == null) {
                        throw new ValidationException(
                                "runId",
                                "a model can be applied only from a SUCCEEDED run; run " + runId + " is " + run.status);
                    }
                    SegmentationModel model = SegmentationModel.fromBytes(run.model);
                    return surveys.surveyForCaller(surveyId)
                            .onFailure(GraphQLClientException.class)
                            .transform(e -> new NotFoundException("surveyId", "survey " + surveyId + " not found"))
                            .onFailure(e -> !(e instanceof DomainException))
                            .transform(
                                    e -> new UnavailableException("survey-service did not answer: " + e.getMessage()))
                            .chain(survey -> {
                                // another workspace's survey is answered exactly as a missing one
                                if (survey == null || !run.workspaceId.equals(survey.workspaceId())) {
                                    throw new NotFoundException("surveyId", "survey " + surveyId + " not found");
                                }
                                List<String> problems = BasisCompatibility.problems(model.preparation(), survey);
                                if (!problems.isEmpty()) {
                                    throw new ValidationException("surveyId", String.join("; ", problems));
                                }
                                return applications.create(
                                        run.id, run.workspaceId, survey.id(), survey.title(), who, maxAttempts);
                            });
                })
                .invoke(worker::wake)
                .chain(id -> find(id.toString(), workspaces));
    }

    public Uni<ModelApplication> application(String id) {
        caller.requireReader();
        return find(id, caller.workspaces());
    }

    /** A run's applications, newest first. */
    public Uni<List<ModelApplication>> ofRun(String runId) {
        caller.requireReader();
        return runs.findVisible(runId, caller.workspaces()).chain(run -> applications.ofRun(run.id));
    }

    /** An application's placements in row order; a cursor is the last row's number. */
    public Uni<Page<RespondentAssignment>> placements(String applicationId, Integer first, String after) {
        caller.requireReader();
        int size = Cursors.pageSize(first, 1000, SegmentationService.MAX_ASSIGNMENT_PAGE);
        int afterRow = after == null ? -1 : (int) Cursors.decodeLong(after, "after");
        return find(applicationId, caller.workspaces())
                .chain(application -> applications
                        .page(application.id(), afterRow, size + 1)
                        .map(page -> Page.of(
                                page,
                                size,
                                a -> Integer.toString(a.rowNumber()),
                                application.placedCount() == null ? 0 : application.placedCount())));
    }

    /** Another workspace's application is answered exactly as a missing one. */
    private Uni<ModelApplication> find(String id, Set<String> workspaces) {
        UUID uuid = parse(id);
        if (uuid == null || workspaces.isEmpty()) {
            return Uni.createFrom().failure(new NotFoundException("id", "model application " + id + " not found"));
        }
        return applications
                .find(uuid, workspaces)
                .map(found ->
                        found.orElseThrow(() -> new NotFoundException("id", "model application " + id + " not found")));
    }

    private static UUID parse(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException | NullPointerException e) {
            return null;
        }
    }
}
