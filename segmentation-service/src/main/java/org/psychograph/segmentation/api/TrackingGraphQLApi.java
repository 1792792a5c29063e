package org.psychograph.segmentation.api;

import io.smallrye.mutiny.Uni;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;
import org.psychograph.segmentation.api.types.AssignmentConnection;
import org.psychograph.segmentation.api.types.ModelApplicationView;
import org.psychograph.segmentation.api.types.RunComparisonView;
import org.psychograph.segmentation.service.ModelApplications;
import org.psychograph.segmentation.service.RunComparisons;

/** Segments over time: a run's model applied to another wave, and the drift that shows. */
@GraphQLApi
public class TrackingGraphQLApi {

    private final ModelApplications applications;
    private final RunComparisons comparisons;

    public TrackingGraphQLApi(ModelApplications applications, RunComparisons comparisons) {
        this.applications = applications;
        this.comparisons = comparisons;
    }

    @Query("compareRuns")
    @Description("Two runs of the caller's workspaces on the same basis questions side by side: matched segments, "
            + "centre movement, size changes, ARI and the migration of respondents both runs placed.")
    public Uni<@NonNull RunComparisonView> compareRuns(@NonNull @Id String a, @NonNull @Id String b) {
        return comparisons.compare(a, b).map(report -> ComparisonViews.of(a, b, report));
    }

    @Mutation("applyModel")
    @Description("Places every respondent of a survey (another wave of the study, or any survey of the run's "
            + "workspace asking the run's basis questions on the same scales) with the run's stored model, as a "
            + "durable job; follow it with modelApplication(id). VALIDATION names the basis question that differs.")
    public Uni<@NonNull ModelApplicationView> applyModel(@NonNull @Id String runId, @NonNull @Id String surveyId) {
        return applications.apply(runId, surveyId).map(ApplicationViews::of);
    }

    @Description("The model's run compared with the newest run clustered afresh on the applied survey with the same "
            + "basis questions: how far each segment centre moved when the wave is refitted, and how its respondents "
            + "migrate (null when the wave has no such run).")
    public Uni<RunComparisonView> refitComparison(@Source ModelApplicationView application) {
        return comparisons
                .refitOf(application.runId(), application.surveyId())
                .chain(refit -> refit == null
                        ? Uni.createFrom().nullItem()
                        : comparisons
                                .compare(application.runId(), refit)
                                .map(report -> ComparisonViews.of(application.runId(), refit, report)));
    }

    @Query("modelApplication")
    @Description("A model application of one of the caller's workspaces (NOT_FOUND otherwise), with its drift report "
            + "once SUCCEEDED.")
    public Uni<ModelApplicationView> modelApplication(@NonNull @Id String id) {
        return applications.application(id).map(ApplicationViews::of);
    }

    @Query("modelApplications")
    @Description("A run's model applications, newest first.")
    public Uni<@NonNull List<@NonNull ModelApplicationView>> modelApplications(@NonNull @Id String runId) {
        return applications
                .ofRun(runId)
                .map(list -> list.stream().map(ApplicationViews::of).toList());
    }

    @Query("appliedAssignments")
    @Description("The respondents a model application placed, with segment, distance and margin (at most 10000 per "
            + "page).")
    public Uni<@NonNull AssignmentConnection> appliedAssignments(
            @NonNull @Id String applicationId, Integer first, String after) {
        return applications.placements(applicationId, first, after).map(Connections::assignments);
    }
}
