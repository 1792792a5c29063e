package org.psychograph.gateway.api;

import io.smallrye.graphql.api.Context;
import io.smallrye.mutiny.Uni;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.psychograph.gateway.client.SegmentationDownstream;
import org.psychograph.gateway.client.Selection;
import org.psychograph.gateway.config.PageSizeLimits;
import org.psychograph.gateway.model.SegmentationTypes.AnswerValueInput;
import org.psychograph.gateway.model.SegmentationTypes.AssignmentConnection;
import org.psychograph.gateway.model.SegmentationTypes.ModelApplication;
import org.psychograph.gateway.model.SegmentationTypes.Run;
import org.psychograph.gateway.model.SegmentationTypes.RunComparison;
import org.psychograph.gateway.model.SegmentationTypes.RunConnection;
import org.psychograph.gateway.model.SegmentationTypes.SegmentPlacement;
import org.psychograph.gateway.model.SegmentationTypes.SegmentationInput;
import org.psychograph.gateway.model.SegmentationTypes.TypingToolExport;
import org.psychograph.gateway.model.SegmentationTypes.TypingToolFormat;

/** segmentation-service's operations, passed through with the caller's token. */
@GraphQLApi
public class SegmentationGraphQLApi {

    private final SegmentationDownstream segmentation;
    /** The caller's selection: only those fields are asked of the service. */
    private final Context context;

    private final PageSizeLimits pageSizes;

    public SegmentationGraphQLApi(SegmentationDownstream segmentation, PageSizeLimits pageSizes, Context context) {
        this.segmentation = segmentation;
        this.context = context;
        this.pageSizes = pageSizes;
    }

    @Query("run")
    @Description("A segmentation run with its live progress and, once SUCCEEDED, its segments.")
    public Uni<Run> run(@NonNull @Id String id) {
        return segmentation.run(id, selected(Run.class));
    }

    @Query("runs")
    @Description("The runs of a survey, newest first.")
    public Uni<RunConnection> runs(@NonNull @Id String surveyId, Integer first, String after) {
        PageSizeLimits.check(first, pageSizes.runs());
        return segmentation.runs(surveyId, first, after, selected(RunConnection.class));
    }

    @Query("assignments")
    @Description("Which segment each respondent of a run belongs to.")
    public Uni<AssignmentConnection> assignments(@NonNull @Id String runId, Integer first, String after) {
        PageSizeLimits.check(first, pageSizes.assignments());
        return segmentation.assignments(runId, first, after, selected(AssignmentConnection.class));
    }

    @Mutation("startSegmentation")
    @Description("Queues a segmentation run of a survey; follow it with `run(id)`.")
    public Uni<Run> startSegmentation(@NonNull SegmentationInput input) {
        return segmentation.startSegmentation(input, selected(Run.class));
    }

    @Mutation("cancelRun")
    public Uni<Run> cancelRun(@NonNull @Id String id) {
        return segmentation.cancelRun(id, selected(Run.class));
    }

    @Mutation("chooseK")
    @Description("Chooses another k among the run's candidates; its segments are profiled again.")
    public Uni<Run> chooseK(@NonNull @Id String runId, @NonNull Integer k) {
        return segmentation.chooseK(runId, k, selected(Run.class));
    }

    @Query("exportTypingTool")
    @Description("A run's typing tool as a JSON questionnaire with its scoring rule, or a printable HTML sheet; "
            + "VALIDATION when the run has none (yet).")
    public Uni<TypingToolExport> exportTypingTool(@NonNull @Id String runId, @NonNull TypingToolFormat format) {
        return segmentation.exportTypingTool(runId, format, selected(TypingToolExport.class));
    }

    @Mutation("assignSegment")
    @Description("The segment a new respondent belongs to: with every basis question answered by the nearest centre "
            + "(exactly as the run placed its own), with only the typing tool's golden questions by the typing tool.")
    public Uni<SegmentPlacement> assignSegment(
            @NonNull @Id String runId, @NonNull List<@NonNull AnswerValueInput> answers) {
        return segmentation.assignSegment(runId, answers, selected(SegmentPlacement.class));
    }

    @Query("compareRuns")
    @Description("Two runs of the caller's workspaces on the same basis questions side by side: matched segments, "
            + "centre movement, size changes, ARI and the migration of respondents both runs placed.")
    public Uni<RunComparison> compareRuns(@NonNull @Id String a, @NonNull @Id String b) {
        return segmentation.compareRuns(a, b, selected(RunComparison.class));
    }

    @Mutation("applyModel")
    @Description("Places every respondent of a survey (another wave of the study, or any survey of the run's "
            + "workspace asking the run's basis questions on the same scales) with the run's stored model, as a "
            + "durable job; follow it with modelApplication(id). VALIDATION names the basis question that differs.")
    public Uni<ModelApplication> applyModel(@NonNull @Id String runId, @NonNull @Id String surveyId) {
        return segmentation.applyModel(runId, surveyId, selected(ModelApplication.class));
    }

    @Query("modelApplication")
    @Description("A model application of one of the caller's workspaces (NOT_FOUND otherwise), with its drift report "
            + "once SUCCEEDED.")
    public Uni<ModelApplication> modelApplication(@NonNull @Id String id) {
        return segmentation.modelApplication(id, selected(ModelApplication.class));
    }

    @Query("modelApplications")
    @Description("A run's model applications, newest first.")
    public Uni<List<@NonNull ModelApplication>> modelApplications(@NonNull @Id String runId) {
        return segmentation.modelApplications(runId, selected(ModelApplication.class));
    }

    @Query("appliedAssignments")
    @Description("The respondents a model application placed, with segment, distance and margin (at most 1000 per "
            + "page).")
    public Uni<AssignmentConnection> appliedAssignments(
            @NonNull @Id String applicationId, Integer first, String after) {
        PageSizeLimits.check(first, pageSizes.appliedAssignments());
        return segmentation.appliedAssignments(applicationId, first, after, selected(AssignmentConnection.class));
    }

    /** The caller's selection on the answer's objects: only those fields are asked of the service. */
    private Selection selected(Class<?> type) {
        return Selection.of(type, context.getSelectedFields());
    }
}
