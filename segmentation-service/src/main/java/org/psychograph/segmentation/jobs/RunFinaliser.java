package org.psychograph.segmentation.jobs;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
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
import org.psychograph.segmentation.clustering.ResultCodec;
import org.psychograph.segmentation.clustering.SegmentSolution;
import org.psychograph.segmentation.clustering.SegmentationAnalysis;
import org.psychograph.segmentation.clustering.StabilityAnalysis;
import org.psychograph.segmentation.clustering.TaskCombination;
import org.psychograph.segmentation.clustering.profile.Assignment;
import org.psychograph.segmentation.clustering.profile.ChosenSolution;
import org.psychograph.segmentation.clustering.profile.SegmentProfiler;
import org.psychograph.segmentation.clustering.storage.SegmentationModel;
import org.psychograph.segmentation.stored.ReportStorage;
import org.psychograph.segmentation.stored.StoredRunReport;
import org.psychograph.segmentation.model.TaskKind;
import org.psychograph.segmentation.error.RunRejected;
import org.psychograph.segmentation.stored.Compression;

/**
 * The last task of a run: combines every batch into candidates per k, recommends k, profiles the chosen
 * solution, and stores report, model and assignments; the run's success and its RunSucceeded outbox
 * event are written in the same transaction. Also re-profiles another k when the analyst chooses one.
 */
@ApplicationScoped
public class RunFinaliser {

    static final int ASSIGNMENT_BATCH = 10_000;

    private final TaskQueue queue;
    private final RunInputStore inputs;
    private final FitPool fitPool;
    private final JobMetrics metrics;

    public RunFinaliser(TaskQueue queue, RunInputStore inputs, FitPool fitPool, JobMetrics metrics) {
        this.queue = queue;
        this.inputs = inputs;
        this.fitPool = fitPool;
        this.metrics = metrics;
    }

    /** The combined evidence of a run: candidates and the recommendation. */
    public record Evidence(List<Candidate> candidates, KRecommendation recommendation, List<String> notes) {
    }

    public Evidence evidence(UUID runId, ClusteringConfig config, RunInput input) {
        List<Candidate> candidates = new ArrayList<>();
        List<String> notes = new ArrayList<>(input.prepared().notes());
        for (int k = config.kMin(); k <= config.kMax(); k++) {
            int kk = k;
            List<ClusteringTaskResult> batches = queue.results(null, runId, TaskKind.CLUSTER, k).await().indefinitely()
                    .stream().map(b -> ResultCodec.fromJson(Compression.gunzip(b), ClusteringTaskResult.class)).toList();
            Optional<SegmentSolution> best = TaskCombination.bestSolution(input.prepared().matrix(), config, k, batches);
            if (best.isEmpty()) {
                notes.add("k=" + k + ": no restart produced " + k + " non-empty segments (too few distinct respondents?)");
                continue;
            }
            List<BootstrapTaskResult> boots = queue.results(null, runId, TaskKind.BOOTSTRAP, kk).await().indefinitely()
                    .stream().map(b -> ResultCodec.fromJson(Compression.gunzip(b), BootstrapTaskResult.class)).toList();
            StabilityAnalysis stability = TaskCombination.stability(config, k, boots);
            candidates.add(TaskCombination.candidate(input.prepared().matrix(), config, best.get(), stability,
                    fitPool.executor()));
        }
        if (candidates.isEmpty()) {
            throw new RunRejected("kMin: no k in " + config.kMin() + ".." + config.kMax()
                    + " could be fitted: every restart left a segment empty");
        }
        return new Evidence(candidates, KRecommendation.recommend(candidates), notes);
    }

    TaskRunner.Outcome finalise(UUID runId, RunSettings.RunRow run, ClusteringConfig config) {
        RunInput input = inputs.load(runId);
        Evidence evidence = evidence(runId, config, input);
        int k = evidence.recommendation().k();
        Solution solution = solution(runId, config, input, evidence, k);
        return new TaskRunner.Outcome(null, connection -> store(connection, runId, solution, evidence.recommendation())
                .chain(() -> connection.preparedQuery("UPDATE segmentation_run SET status = 'SUCCEEDED', phase = 'DONE', "
                        + "percent = 100, finished_at = now() WHERE id = $1 AND status = 'RUNNING' "
                        + "RETURNING extract(epoch FROM finished_at - started_at)").execute(Tuple.of(runId)))
                .invoke(rows -> rows.forEach(r -> metrics.runFinished(Duration.ofMillis(
                        (long) (r.getDouble(0) * 1000)))))
                .chain(() -> connection.preparedQuery("INSERT INTO outbox_event (run_id, workspace_id, type) "
                        + "VALUES ($1, $2, 'RunSucceeded')").execute(Tuple.of(runId, run.workspaceId())))
                .chain(() -> connection.preparedQuery("SELECT pg_notify('segmentation_outbox', $1)")
                        .execute(Tuple.of(runId.toString())))
                .replaceWithVoid());
    }

    /** A profiled solution ready to store. */
    public record Solution(int k, StoredRunReport report, SegmentationModel model, List<Assignment> assignments) {
    }

    public Solution solution(UUID runId, ClusteringConfig config, RunInput input, Evidence evidence, int k) {
        Candidate chosen = evidence.candidates().stream().filter(c -> c.k() == k).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("the run has no candidate with k=" + k));
        ChosenSolution profiled = new SegmentProfiler(config.distance()).profile(chosen, input.prepared(),
                input.descriptors());
        SegmentationModel model = SegmentationAnalysis.model(input.prepared(), config, chosen.solution());
        StoredRunReport report = ReportBuilder.report(runId.toString(), evidence.candidates(), evidence.recommendation(),
                profiled, input, model.provenance(), evidence.notes());
        return new Solution(k, report, model, profiled.assignments());
    }

    /** Writes report, model and assignments of the chosen k (replacing those of an earlier choice). */
    public Uni<Void> store(SqlConnection connection, UUID runId, Solution solution, KRecommendation recommendation) {
        byte[] report = ReportStorage.encode(solution.report());
        Uni<Void> chain = connection.preparedQuery("UPDATE segmentation_run SET report = $2, model = $3, chosen_k = $4, "
                + "recommended_k = coalesce(recommended_k, $5), recommendation_reason = coalesce(recommendation_reason, $6) "
                + "WHERE id = $1").execute(Tuple.from(new Object[] {runId, io.vertx.core.buffer.Buffer.buffer(report),
                        io.vertx.core.buffer.Buffer.buffer(solution.model().toBytes()), solution.k(), recommendation.k(),
                        recommendation.reason()}))
                .chain(() -> connection.preparedQuery("DELETE FROM segment_assignment WHERE run_id = $1")
                        .execute(Tuple.of(runId)))
                .replaceWithVoid();
        List<Assignment> all = solution.assignments();
        for (int from = 0; from < all.size(); from += ASSIGNMENT_BATCH) {
            List<Assignment> batch = all.subList(from, Math.min(all.size(), from + ASSIGNMENT_BATCH));
            int offset = from;
            chain = chain.chain(() -> insertAssignments(connection, runId, batch, offset));
        }
        return chain;
    }

    private static Uni<Void> insertAssignments(SqlConnection connection, UUID runId, List<Assignment> batch, int offset) {
        Integer[] rows = new Integer[batch.size()];
        String[] ids = new String[batch.size()];
        Integer[] segments = new Integer[batch.size()];
        Double[] distances = new Double[batch.size()];
        Double[] margins = new Double[batch.size()];
        for (int i = 0; i < batch.size(); i++) {
            Assignment a = batch.get(i);
            rows[i] = offset + i;
            ids[i] = a.respondentId();
            segments[i] = a.segment() + 1;
            distances[i] = a.distance();
            margins[i] = Double.isFinite(a.margin()) ? a.margin() : 0.0;
        }
        return connection.preparedQuery("INSERT INTO segment_assignment (run_id, row_no, respondent_id, segment, "
                + "distance, margin) SELECT $1, * FROM unnest($2::int[], $3::text[], $4::int[], $5::float8[], $6::float8[])")
                .execute(Tuple.from(new Object[] {runId, rows, ids, segments, distances, margins})).replaceWithVoid();
    }
}
