package org.psychograph.segmentation.api;

import io.smallrye.mutiny.Uni;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;
import org.psychograph.segmentation.api.types.AssignmentConnection;
import org.psychograph.segmentation.api.types.Inputs.AnswerValue;
import org.psychograph.segmentation.api.types.Inputs.SegmentationInput;
import org.psychograph.segmentation.api.types.PersonaDeliveryView;
import org.psychograph.segmentation.api.types.RunConnection;
import org.psychograph.segmentation.api.types.RunView;
import org.psychograph.segmentation.api.types.SegmentPlacement;
import org.psychograph.segmentation.api.types.TypingToolExportView;
import org.psychograph.segmentation.api.types.TypingToolFormat;
import org.psychograph.segmentation.service.Answer;
import org.psychograph.segmentation.service.RunRequest;
import org.psychograph.segmentation.service.SegmentationService;

/** segmentation-service's GraphQL operations; thin: checks and logic live in the service, views in RunViews. */
@GraphQLApi
public class SegmentationGraphQLApi {

    private final SegmentationService service;
    private final TypingToolExporter typingTools;

    public SegmentationGraphQLApi(SegmentationService service, TypingToolExporter typingTools) {
        this.service = service;
        this.typingTools = typingTools;
    }

    @Query("run")
    @Description("A run of one of the caller's workspaces (NOT_FOUND otherwise), with live status and progress.")
    public Uni<RunView> run(@NonNull @Id String id) {
        return service.run(id).map(RunViews::of);
    }

    @Description("How the run's completion reached persona-service: PENDING, DELIVERED or FAILED with the reason "
            + "(null before the run has succeeded).")
    public Uni<List<PersonaDeliveryView>> personaDelivery(@Source List<RunView> runs) {
        List<UUID> ids = runs.stream().map(v -> UUID.fromString(v.id())).toList();
        return service.personaDeliveries(ids)
                .map(list -> list.stream().map(RunViews::delivery).toList());
    }

    @Query("exportTypingTool")
    @Description("A run's typing tool as a JSON questionnaire with its scoring rule, or a printable HTML sheet; "
            + "VALIDATION when the run has none (yet).")
    public Uni<@NonNull TypingToolExportView> exportTypingTool(
            @NonNull @Id String runId, @NonNull TypingToolFormat format) {
        return service.run(runId).map(RunViews::of).map(run -> typingTools.export(run, format));
    }

    @Query("runs")
    @Description("A survey's runs, newest first (at most 100 per page).")
    public Uni<@NonNull RunConnection> runs(@NonNull @Id String surveyId, Integer first, String after) {
        return service.runs(surveyId, first, after).map(Connections::runs);
    }

    @Query("runsByIds")
    @Description("Runs by id, in the order asked (null where not visible): for batching clients such as the gateway.")
    public Uni<@NonNull List<RunView>> runsByIds(@NonNull List<@NonNull String> ids) {
        return service.runsByIds(ids)
                .map(runs -> runs.stream()
                        .map(r -> r == null ? null : RunViews.of(r))
                        .toList());
    }

    @Query("runsOfSurveys")
    @Description("Runs of several surveys, one list per survey id in the order asked: for batching clients.")
    public Uni<@NonNull List<@NonNull List<@NonNull RunView>>> runsOfSurveys(@NonNull List<@NonNull String> surveyIds) {
        return service.runsOfSurveys(surveyIds)
                .map(lists -> lists.stream()
                        .map(runs -> runs.stream().map(RunViews::of).toList())
                        .toList());
    }

    @Query("assignments")
    @Description("Respondents' segments in the run's chosen solution (at most 10000 per page).")
    public Uni<@NonNull AssignmentConnection> assignments(@NonNull @Id String runId, Integer first, String after) {
        return service.assignments(runId, first, after).map(Connections::assignments);
    }

    @Mutation("startSegmentation")
    @Description(
            "Queues a segmentation run; follow it with run(id). Invalid input answers VALIDATION naming the field.")
    public Uni<@NonNull RunView> startSegmentation(@NonNull SegmentationInput input) {
        return service.start(new RunRequest(
                        input.surveyId(),
                        input.basisQuestionCodes(),
                        input.kMin(),
                        input.kMax(),
                        input.k(),
                        input.restarts(),
                        input.maxIterations(),
                        input.distance(),
                        input.standardisation(),
                        input.missingValues(),
                        input.bootstrapReplicates(),
                        input.seed(),
                        input.personaKMin(),
                        input.personaKMax(),
                        input.stabilityPrecision()))
                .map(RunViews::of);
    }

    @Mutation("cancelRun")
    public Uni<@NonNull RunView> cancelRun(@NonNull @Id String id) {
        return service.cancel(id).map(RunViews::of);
    }

    @Mutation("chooseK")
    @Description(
            "Makes another candidate the run's chosen solution (profiles, assignments, model) without clustering again.")
    public Uni<@NonNull RunView> chooseK(@NonNull @Id String runId, int k) {
        return service.chooseK(runId, k).map(RunViews::of);
    }

    @Mutation("assignSegment")
    @Description("Places a new respondent in the run's chosen solution: with every basis question answered exactly as "
            + "the run placed its own (nearest centre); with only the typing tool's golden questions answered, by the "
            + "typing tool (see Run.typingTool for its holdout accuracy).")
    public Uni<@NonNull SegmentPlacement> assignSegment(
            @NonNull @Id String runId, @NonNull List<@NonNull AnswerValue> answers) {
        List<Answer> given = answers.stream()
                .map(a -> new Answer(a.questionCode(), a.value()))
                .toList();
        return service.assign(runId, given).map(RunViews::placement);
    }
}
