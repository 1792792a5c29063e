package org.psychograph.segmentation.pipeline;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.OptionalInt;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.psychograph.segmentation.clustering.BootstrapTask;
import org.psychograph.segmentation.clustering.BootstrapTaskResult;
import org.psychograph.segmentation.clustering.ClusteringConfig;
import org.psychograph.segmentation.clustering.ClusteringEngine;
import org.psychograph.segmentation.clustering.ClusteringTaskResult;
import org.psychograph.segmentation.clustering.RunControl;
import org.psychograph.segmentation.clustering.SegmentSolution;
import org.psychograph.segmentation.clustering.TaskCombination;
import org.psychograph.segmentation.model.ClaimedTask;
import org.psychograph.segmentation.model.RunPhase;
import org.psychograph.segmentation.model.TaskKind;
import org.psychograph.segmentation.repository.TaskRepository;

/**
 * BOOTSTRAP: a batch of stability replicates for one k, against the best solution its CLUSTER tasks found. Once the
 * k's leading replicates settle its stability ({@link org.psychograph.segmentation.clustering.SequentialStability}),
 * its later batches are cancelled (a running one stops at its next check; one that finishes anyway is left out).
 */
@ApplicationScoped
public class BootstrapStep {

    private final RunInputs inputs;
    private final TaskResults results;
    private final RunProgress progress;
    private final FitPool fitPool;
    private final TaskRepository tasks;

    public BootstrapStep(
            RunInputs inputs, TaskResults results, RunProgress progress, FitPool fitPool, TaskRepository tasks) {
        this.inputs = inputs;
        this.results = results;
        this.progress = progress;
        this.fitPool = fitPool;
        this.tasks = tasks;
    }

    TaskOutcome run(ClaimedTask task, ClusteringConfig config, BooleanSupplier cancelled) {
        RunInput input = inputs.load(task.runId());
        List<ClusteringTaskResult> batches = results.clusterResults(task.runId(), task.k());
        SegmentSolution reference = TaskCombination.bestSolution(
                        input.prepared().matrix(), config, task.k(), batches)
                .orElseThrow(() -> new IllegalStateException("no reference solution for k=" + task.k()));
        ClusteringEngine engine = new ClusteringEngine(
                results.dataset(task.runId(), input), config, fitPool.executor(), RunControl.cancellable(cancelled));
        BootstrapTaskResult result =
                engine.run(new BootstrapTask(task.k(), task.rangeFrom(), task.rangeTo()), reference);
        return new TaskOutcome(
                TaskResults.encode(result),
                connection -> (config.sequentialStability()
                                ? settleStability(connection, task.runId(), config, task.k())
                                : Uni.createFrom().voidItem())
                        .chain(() -> progress.afterTask(connection, task.runId(), config, RunPhase.STABILITY)));
    }

    /**
     * In the completing transaction (under the run's lock, so two workers finishing batches of a k at once see each
     * other's): when the k's finished batches settle how many pairs it uses, its waiting batches beyond them are
     * cancelled.
     */
    private Uni<Void> settleStability(SqlConnection connection, UUID runId, ClusteringConfig config, int k) {
        return results.bootstrapResults(connection, runId, k).chain(done -> {
            OptionalInt used = TaskCombination.pairsUsed(config, k, done);
            return used.isPresent() && used.getAsInt() < config.bootstrapReplicates()
                    ? tasks.cancelUnfinishedFrom(connection, runId, TaskKind.BOOTSTRAP, k, used.getAsInt())
                    : Uni.createFrom().voidItem();
        });
    }
}
