package org.psychograph.segmentation.pipeline;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.psychograph.segmentation.clustering.BootstrapTaskResult;
import org.psychograph.segmentation.clustering.Candidate;
import org.psychograph.segmentation.clustering.ClusteringConfig;
import org.psychograph.segmentation.clustering.ClusteringTaskResult;
import org.psychograph.segmentation.clustering.KRecommendation;
import org.psychograph.segmentation.clustering.PersonaRange;
import org.psychograph.segmentation.clustering.SegmentSolution;
import org.psychograph.segmentation.clustering.SegmentationAnalysis;
import org.psychograph.segmentation.clustering.SequentialStability;
import org.psychograph.segmentation.clustering.StabilityAnalysis;
import org.psychograph.segmentation.clustering.StructureAssessment;
import org.psychograph.segmentation.clustering.TaskCombination;
import org.psychograph.segmentation.clustering.profile.Assignment;
import org.psychograph.segmentation.clustering.profile.ChosenSolution;
import org.psychograph.segmentation.clustering.profile.SegmentProfiler;
import org.psychograph.segmentation.clustering.storage.SegmentationModel;
import org.psychograph.segmentation.error.RunRejected;
import org.psychograph.segmentation.model.RunSpec;
import org.psychograph.segmentation.repository.AssignmentRepository;
import org.psychograph.segmentation.repository.OutboxRepository;
import org.psychograph.segmentation.repository.RunStateRepository;
import org.psychograph.segmentation.stored.ReportStorage;
import org.psychograph.segmentation.stored.StoredRunReport;

/**
 * FINALISE, the last task of a run: combines every batch into candidates per k, judges the structure against the
 * structureless reference, recommends k within the persona range, profiles the chosen
 * solution, and stores report, model and assignments; the run's success and its RunSucceeded outbox event are
 * written in the same transaction. Also re-profiles another k when the analyst chooses one ({@link ChosenK}).
 */
@ApplicationScoped
public class FinaliseStep {

    private final RunInputs inputs;
    private final TaskResults results;
    private final RunStateRepository runs;
    private final AssignmentRepository assignments;
    private final OutboxRepository outbox;
    private final FitPool fitPool;
    private final JobMetrics metrics;

    public FinaliseStep(
            RunInputs inputs,
            TaskResults results,
            RunStateRepository runs,
            AssignmentRepository assignments,
            OutboxRepository outbox,
            FitPool fitPool,
            JobMetrics metrics) {
        this.inputs = inputs;
        this.results = results;
        this.runs = runs;
        this.assignments = assignments;
        this.outbox = outbox;
        this.fitPool = fitPool;
        this.metrics = metrics;
    }

    /** The combined evidence of a run: candidates and the recommendation. */
    public record Evidence(
            List<Candidate> candidates,
            StructureAssessment structure,
            KRecommendation recommendation,
            List<String> notes) {}

    /** A profiled solution ready to store. */
    public record Solution(int k, StoredRunReport report, SegmentationModel model, List<Assignment> assignments) {}

    TaskOutcome run(UUID runId, RunSpec run, ClusteringConfig config) {
        RunInput input = inputs.load(runId);
        Evidence evidence = evidence(runId, config, RunPlans.personaRange(run.config()), input);
        Solution solution = solution(
                runId, config, input, evidence, evidence.recommendation().k());
        return new TaskOutcome(
                null,
                connection -> store(connection, runId, solution, evidence.recommendation())
                        .chain(() -> runs.succeed(connection, runId))
                        .invoke(took -> took.ifPresent(
                                seconds -> metrics.runFinished(Duration.ofMillis((long) (seconds * 1000)))))
                        .chain(() -> outbox.runSucceeded(connection, runId, run.workspaceId())));
    }

    public Evidence evidence(UUID runId, ClusteringConfig config, PersonaRange personaRange, RunInput input) {
        List<Candidate> candidates = new ArrayList<>();
        List<String> notes = new ArrayList<>(input.prepared().notes());
        config.bootstrapSampleNote(input.prepared().matrix().rows()).ifPresent(notes::add);
        for (int k = config.kMin(); k <= config.kMax(); k++) {
            List<ClusteringTaskResult> batches = results.clusterResults(runId, k);
            Optional<SegmentSolution> best =
                    TaskCombination.bestSolution(input.prepared().matrix(), config, k, batches);
            if (best.isEmpty()) {
                notes.add("k=" + k + ": no restart produced " + k
                        + " non-empty segments (too few distinct respondents?)");
                continue;
            }
            List<BootstrapTaskResult> boots = results.bootstrapResults(runId, k);
            StabilityAnalysis stability = TaskCombination.stability(config, k, boots)
                    .withReference(TaskCombination.referenceStability(config, k, results.referenceResults(runId, k)));
            candidates.add(TaskCombination.candidate(
                    input.prepared().matrix(), config, best.get(), stability, fitPool.executor()));
        }
        if (candidates.isEmpty()) {
            throw new RunRejected("kMin: no k in " + config.kMin() + ".." + config.kMax()
                    + " could be fitted: every restart left a segment empty");
        }
        SequentialStability.note(config, candidates).ifPresent(notes::add);
        StructureAssessment structure = StructureAssessment.assess(candidates);
        return new Evidence(
                candidates, structure, KRecommendation.recommend(candidates, structure, personaRange), notes);
    }

    public Solution solution(UUID runId, ClusteringConfig config, RunInput input, Evidence evidence, int k) {
        Candidate chosen = evidence.candidates().stream()
                .filter(c -> c.k() == k)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("the run has no candidate with k=" + k));
        ChosenSolution profiled =
                new SegmentProfiler(config.distance()).profile(chosen, input.prepared(), input.descriptors());
        List<String> notes = new ArrayList<>(evidence.notes());
        Optional<GoldenQuestions.Built> typing =
                GoldenQuestions.build(input, chosen.solution(), config.seed(), fitPool.executor(), notes);
        SegmentationModel model = SegmentationAnalysis.model(input.prepared(), config, chosen.solution())
                .withTyping(typing.map(GoldenQuestions.Built::model).orElse(null));
        StoredRunReport report = ReportBuilder.report(
                runId.toString(),
                evidence.candidates(),
                evidence.structure(),
                evidence.recommendation(),
                profiled,
                input,
                model.provenance(),
                notes,
                typing.map(GoldenQuestions.Built::report).orElse(null));
        return new Solution(k, report, model, profiled.assignments());
    }

    /** Writes report, model and assignments of the chosen k (replacing those of an earlier choice). */
    public Uni<Void> store(SqlConnection connection, UUID runId, Solution solution, KRecommendation recommendation) {
        return runs.storeSolution(
                        connection,
                        runId,
                        ReportStorage.encode(solution.report()),
                        solution.model().toBytes(),
                        solution.k(),
                        recommendation.k(),
                        recommendation.reason())
                .chain(() -> assignments.replace(connection, runId, solution.assignments()));
    }
}
