package org.psychograph.segmentation.graphql;

import io.smallrye.mutiny.Uni;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;
import org.psychograph.segmentation.graphql.types.AssignmentConnection;
import org.psychograph.segmentation.graphql.types.Inputs.AnswerValue;
import org.psychograph.segmentation.graphql.types.Inputs.SegmentationInput;
import org.psychograph.segmentation.graphql.types.PersonaDeliveryView;
import org.psychograph.segmentation.graphql.types.RunConnection;
import org.psychograph.segmentation.graphql.types.RunView;
import org.psychograph.segmentation.graphql.types.SegmentPlacement;
import org.psychograph.segmentation.service.SegmentationService;

/** segmentation-service's GraphQL operations; thin: checks and logic live in the service. */
@GraphQLApi
public class SegmentationGraphQLApi {

    private final SegmentationService service;

    public SegmentationGraphQLApi(SegmentationService service) {
        this.service = service;
    }

    @Query("run")
    @Description("A run of one of the caller's workspaces (NOT_FOUND otherwise), with live status and progress.")
    public Uni<RunView> run(@NonNull @Id String id) {
        return service.run(id);
    }

    @Description("How the run's completion reached persona-service: PENDING, DELIVERED or FAILED with the reason "
            + "(null before the run has succeeded).")
    public Uni<List<PersonaDeliveryView>> personaDelivery(@Source List<RunView> runs) {
        return service.personaDeliveries(runs);
    }

    @Query("runs")
    @Description("A survey's runs, newest first (at most 100 per page).")
    public Uni<@NonNull RunConnection> runs(@NonNull @Id String surveyId, Integer first, String after) {
        return service.runs(surveyId, first, after);
    }

    @Query("runsByIds")
    @Description("Runs by id, in the order asked (null where not visible): for batching clients such as the gateway.")
    public Uni<@NonNull List<RunView>> runsByIds(@NonNull List<@NonNull String> ids) {
        return service.runsByIds(ids);
    }

    @Query("runsOfSurveys")
    @Description("Runs of several surveys, one list per survey id in the order asked: for batching clients.")
    public Uni<@NonNull List<@NonNull List<@NonNull RunView>>> runsOfSurveys(@NonNull List<@NonNull String> surveyIds) {
        return service.runsOfSurveys(surveyIds);
    }

    @Query("assignments")
    @Description("Respondents' segments in the run's chosen solution (at most 10000 per page).")
    public Uni<@NonNull AssignmentConnection> assignments(@NonNull @Id String runId, Integer first, String after) {
        return service.assignments(runId, first, after);
    }

    @Mutation("startSegmentation")
    @Description("Queues a segmentation run; follow it with run(id). Invalid input answers VALIDATION naming the field.")
    public Uni<@NonNull RunView> startSegmentation(@NonNull SegmentationInput input) {
        return service.start(input);
    }

    @Mutation("cancelRun")
    public Uni<@NonNull RunView> cancelRun(@NonNull @Id String id) {
        return service.cancel(id);
    }

    @Mutation("chooseK")
    @Description("Makes another candidate the run's chosen solution (profiles, assignments, model) without clustering again.")
    public Uni<@NonNull RunView> chooseK(@NonNull @Id String runId, int k) {
        return service.chooseK(runId, k);
    }

    @Mutation("assignSegment")
    @Description("Places a new respondent in the run's chosen solution, exactly as the run placed its own (a typing tool).")
    public Uni<@NonNull SegmentPlacement> assignSegment(@NonNull @Id String runId,
            @NonNull List<@NonNull AnswerValue> answers) {
        return service.assign(runId, answers);
    }
}
