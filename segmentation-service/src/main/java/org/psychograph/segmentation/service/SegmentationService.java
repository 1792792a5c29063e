package org.psychograph.segmentation.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.graphql.client.GraphQLClientException;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.psychograph.segmentation.client.SurveyData;
import org.psychograph.segmentation.clustering.Assigner;
import org.psychograph.segmentation.clustering.Placement;
import org.psychograph.segmentation.clustering.storage.SegmentationModel;
import org.psychograph.segmentation.clustering.typing.TypingTool;
import org.psychograph.segmentation.config.RunLimits;
import org.psychograph.segmentation.error.DomainException;
import org.psychograph.segmentation.error.NotFoundException;
import org.psychograph.segmentation.error.UnavailableException;
import org.psychograph.segmentation.error.ValidationException;
import org.psychograph.segmentation.model.MissingValueChoice;
import org.psychograph.segmentation.model.PersonaDelivery;
import org.psychograph.segmentation.model.PlacementMethod;
import org.psychograph.segmentation.model.RespondentAssignment;
import org.psychograph.segmentation.model.RunConfig;
import org.psychograph.segmentation.model.RunStatus;
import org.psychograph.segmentation.model.SegmentationRun;
import org.psychograph.segmentation.pipeline.ChosenK;
import org.psychograph.segmentation.queue.TaskTracing;
import org.psychograph.segmentation.repository.AssignmentRepository;
import org.psychograph.segmentation.repository.OutboxRepository;
import org.psychograph.segmentation.repository.RunRepository;
import org.psychograph.segmentation.repository.RunStateRepository;
import org.psychograph.segmentation.security.Caller;

/**
 * Runs as analysts see them: start, follow, cancel, choose another k, read assignments, place a new respondent.
 * Answers with the stored runs and the service's own records; the API turns them into views.
 */
@ApplicationScoped
public class SegmentationService {

    static final int MAX_PAGE = 100;
    static final int MAX_ASSIGNMENT_PAGE = 10_000;

    private final RunRepository runs;
    private final RunStateRepository runStates;
    private final AssignmentRepository assignmentRows;
    private final TaskTracing tracing;
    private final SurveyData surveys;
    private final ChosenK chosenK;
    private final Caller caller;
    private final OutboxRepository outbox;
    private final RunLimits limits;

    public SegmentationService(
            RunRepository runs,
            RunStateRepository runStates,
            AssignmentRepository assignmentRows,
            TaskTracing tracing,
            SurveyData surveys,
            ChosenK chosenK,
            Caller caller,
            OutboxRepository outbox,
            RunLimits limits) {
        this.runStates = runStates;
        this.assignmentRows = assignmentRows;
        this.tracing = tracing;
        this.runs = runs;
        this.outbox = outbox;
        this.limits = limits;
        this.surveys = surveys;
        this.chosenK = chosenK;
        this.caller = caller;
    }

    /** Validates against the survey as the caller sees it (their token is forwarded), then queues the run. */
    public Uni<SegmentationRun> start(RunRequest input) {
        caller.requireAnalyst();
        String who = caller.name();
        Set<String> workspaces = caller.workspaces();
        return surveys.surveyForCaller(input.surveyId())
                .onFailure(GraphQLClientException.class)
                .transform(e -> new NotFoundException("surveyId", "survey " + input.surveyId() + " not found"))
                .onFailure(e -> !(e instanceof DomainException))
                .transform(e -> new UnavailableException("survey-service did not answer: " + e.getMessage()))
                .chain(survey -> {
                    if (survey == null || !workspaces.contains(survey.workspaceId())) {
                        throw new NotFoundException("surveyId", "survey " + input.surveyId() + " not found");
                    }
                    RunConfig config = RunConfigValidator.resolve(input, survey);
                    // the fit count alone can refuse before survey-service is asked for the response count
                    RunConfigValidator.checkCost(config, 0, limits);
                    return surveys.responseCountForCaller(input.surveyId(), config.basisCodes())
                            .onFailure(e -> !(e instanceof DomainException))
                            .transform(
                                    e -> new UnavailableException("survey-service did not answer: " + e.getMessage()))
                            .chain(count -> {
                                if (count < 2 * config.kMax()) {
                                    throw new ValidationException(
                                            "surveyId",
                                            "the survey has " + count
                                                    + " responses: too few for up to " + config.kMax()
                                                    + " segments (at least "
                                                    + 2 * config.kMax() + " are needed)");
                                }
                                RunConfigValidator.checkCost(config, count, limits);
                                // the run keeps the caller's trace context: its tasks continue the trace
                                return runStates.create(
                                        survey.workspaceId(),
                                        survey.id(),
                                        survey.title(),
                                        survey.trackerId(),
                                        who,
                                        config,
                                        tracing.currentTraceParent());
                            });
                })
                .chain(id -> findVisible(id.toString(), workspaces));
    }

    @WithSession
    public Uni<SegmentationRun> run(String id) {
        caller.requireReader();
        return findVisible(id, caller.workspaces());
    }

    @WithSession
    Uni<SegmentationRun> findVisible(String id, Set<String> workspaces) {
        UUID uuid = parseId(id);
        return runs.findById(uuid).map(run -> {
            if (run == null || !workspaces.contains(run.workspaceId)) {
                throw new NotFoundException("id", "run " + id + " not found");
            }
            return run;
        });
    }

    /** A survey's runs, newest first; a cursor is the last run's creation time and id. */
    @WithSession
    public Uni<Page<SegmentationRun>> runs(String surveyId, Integer first, String after) {
        caller.requireReader();
        int size = Cursors.pageSize(first, 20, MAX_PAGE);
        Set<String> workspaces = caller.workspaces();
        OffsetDateTime afterCreated = null;
        UUID afterId = null;
        if (after != null) {
            String[] parts = Cursors.decode(after, "after").split("\\|", 2);
            try {
                afterCreated = OffsetDateTime.parse(parts[0]);
                afterId = UUID.fromString(parts[1]);
            } catch (RuntimeException e) {
                throw new ValidationException("after", "not a cursor returned by this API");
            }
        }
        if (workspaces.isEmpty()) {
            return Uni.createFrom().item(Page.empty());
        }
        return runs.ofSurvey(workspaces, surveyId, afterCreated, afterId, size + 1)
                .chain(page -> runs.countOfSurvey(workspaces, surveyId)
                        .map(total -> Page.of(page, size, r -> r.createdAt + "|" + r.id, total)));
    }

    /** For batching clients: the runs in the order asked, null where not visible. */
    @WithSession
    public Uni<List<SegmentationRun>> runsByIds(List<String> ids) {
        caller.requireReader();
        Set<String> workspaces = caller.workspaces();
        List<UUID> uuids = new ArrayList<>();
        for (String id : ids) {
            try {
                uuids.add(UUID.fromString(id));
            } catch (IllegalArgumentException e) {
                // unknown id: answered with null below
            }
        }
        if (uuids.isEmpty() || workspaces.isEmpty()) {
            return Uni.createFrom()
                    .item(ids.stream().map(id -> (SegmentationRun) null).toList());
        }
        return runs.byIds(workspaces, uuids).map(found -> {
            Map<String, SegmentationRun> byId = new HashMap<>();
            found.forEach(r -> byId.put(r.id.toString(), r));
            List<SegmentationRun> ordered = new ArrayList<>();
            ids.forEach(id -> ordered.add(byId.get(id)));
            return ordered;
        });
    }

    /** For batching clients: one list of runs (newest first) per survey id, in the order asked. */
    @WithSession
    public Uni<List<List<SegmentationRun>>> runsOfSurveys(List<String> surveyIds) {
        caller.requireReader();
        Set<String> workspaces = caller.workspaces();
        if (surveyIds.isEmpty() || workspaces.isEmpty()) {
            return Uni.createFrom()
                    .item(surveyIds.stream()
                            .map(id -> List.<SegmentationRun>of())
                            .toList());
        }
        return runs.ofSurveys(workspaces, surveyIds).map(found -> {
            Map<String, List<SegmentationRun>> bySurvey = new HashMap<>();
            found.forEach(r ->
                    bySurvey.computeIfAbsent(r.surveyId, k -> new ArrayList<>()).add(r));
            return surveyIds.stream()
                    .map(id -> bySurvey.getOrDefault(id, List.of()))
                    .toList();
        });
    }

    /** The persona delivery of runs already read (so already checked against the caller), in their order. */
    public Uni<List<PersonaDelivery>> personaDeliveries(List<UUID> runIds) {
        return outbox.latestOf(runIds)
                .map(byRun -> runIds.stream().map(byRun::get).toList());
    }

    public Uni<SegmentationRun> cancel(String id) {
        caller.requireAnalyst();
        Set<String> workspaces = caller.workspaces();
        return findVisible(id, workspaces)
                .chain(run -> runStates.cancel(run.id).map(cancelled -> {
                    if (!cancelled) {
                        throw new ValidationException("id", "run " + id + " has already finished (" + run.status + ")");
                    }
                    return run.id;
                }))
                .chain(runId -> findVisible(runId.toString(), workspaces));
    }

    /** Profiles another candidate of a finished run, without clustering again (CPU work: off the event loop). */
    public Uni<SegmentationRun> chooseK(String runId, int k) {
        caller.requireAnalyst();
        Set<String> workspaces = caller.workspaces();
        return findVisible(runId, workspaces).chain(run -> {
            if (run.status != RunStatus.SUCCEEDED) {
                throw new ValidationException("runId", "k can be chosen only for a SUCCEEDED run; it is " + run.status);
            }
            if (k < run.config.kMin() || k > run.config.kMax()) {
                throw new ValidationException(
                        "k", "k must be one of the run's candidates, " + run.config.kMin() + ".." + run.config.kMax());
            }
            UUID id = run.id;
            // back on the request's Vert.x context afterwards: Hibernate Reactive works only there
            io.vertx.core.Context context = io.vertx.core.Vertx.currentContext();
            return Uni.createFrom()
                    .item(() -> chosenK.choose(id, k))
                    .runSubscriptionOn(Infrastructure.getDefaultWorkerPool())
                    .emitOn(task -> context.runOnContext(ignored -> task.run()))
                    .chain(() -> findVisible(runId, workspaces));
        });
    }

    /** Respondents' segments in the run's chosen solution, in row order; a cursor is the last row's number. */
    public Uni<Page<RespondentAssignment>> assignments(String runId, Integer first, String after) {
        caller.requireReader();
        int size = Cursors.pageSize(first, 1000, MAX_ASSIGNMENT_PAGE);
        int afterRow = after == null ? -1 : (int) Cursors.decodeLong(after, "after");
        return findVisible(runId, caller.workspaces())
                .chain(run -> assignmentRows
                        .page(run.id, afterRow, size + 1)
                        .chain(page -> assignmentRows
                                .count(run.id)
                                .map(total -> Page.of(page, size, a -> Integer.toString(a.rowNumber()), total))));
    }

    /**
     * Places a new respondent with the run's stored model: with every basis question answered, the same preparation
     * and nearest centre as the run; with only the golden questions answered, the run's typing tool.
     */
    public Uni<NewRespondentPlacement> assign(String runId, List<Answer> answers) {
        caller.requireReader();
        return findVisible(runId, caller.workspaces()).map(run -> {
            if (run.model == null) {
                throw new ValidationException(
                        "runId", "run " + runId + " has no model yet (status " + run.status + ")");
            }
            SegmentationModel model = SegmentationModel.fromBytes(run.model);
            if (AnswerCheck.onlyGoldenQuestions(model, answers)) {
                return byTypingTool(model, answers);
            }
            double[] raw = AnswerCheck.basisAnswers(
                    model.preparation(),
                    answers,
                    run.config.missingValues() == MissingValueChoice.MEAN_IMPUTE,
                    model.typing() == null ? List.of() : model.typing().goldenQuestions());
            Placement placement;
            try {
                placement = Assigner.of(model).assign(raw);
            } catch (IllegalArgumentException e) {
                // the preparation refuses an answer outside its question's scale, naming both
                throw new ValidationException("answers", e.getMessage());
            }
            if (!Double.isFinite(placement.distance())) {
                throw new ValidationException("answers", "the answers are too far from every segment centre to place");
            }
            return new NewRespondentPlacement(
                    placement.segment(),
                    placement.distance(),
                    Double.isFinite(placement.margin()) ? placement.margin() : 0.0,
                    PlacementMethod.NEAREST_CENTRE,
                    null);
        });
    }

    private static NewRespondentPlacement byTypingTool(SegmentationModel model, List<Answer> answers) {
        SegmentationModel.TypingModel typing = model.typing();
        double[] golden;
        try {
            golden = AnswerCheck.goldenAnswers(model.preparation(), typing, answers);
        } catch (IllegalArgumentException e) {
            // the preparation refuses an answer outside its question's scale, naming both
            throw new ValidationException("answers", e.getMessage());
        }
        TypingTool.Classifier classifier =
                TypingTool.classifier(typing.tribuoModel(), typing.goldenQuestions(), typing.segments());
        int segment = classifier.predict(golden);
        return new NewRespondentPlacement(
                segment, null, null, PlacementMethod.TYPING_TOOL, classifier.probabilities(golden)[segment]);
    }

    private static UUID parseId(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new NotFoundException("id", "run " + id + " not found");
        }
    }
}
