package org.psychograph.segmentation.pipeline;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.jboss.logging.Logger;
import org.psychograph.segmentation.clustering.BootstrapTask;
import org.psychograph.segmentation.clustering.ClusteringConfig;
import org.psychograph.segmentation.clustering.ClusteringEngine;
import org.psychograph.segmentation.clustering.ClusteringTask;
import org.psychograph.segmentation.clustering.ClusteringTaskResult;
import org.psychograph.segmentation.clustering.RunControl;
import org.psychograph.segmentation.clustering.SegmentSolution;
import org.psychograph.segmentation.clustering.TaskCombination;
import org.psychograph.segmentation.model.ClaimedTask;
import org.psychograph.segmentation.model.PlannedTask;
import org.psychograph.segmentation.model.RunPhase;
import org.psychograph.segmentation.model.TaskKind;
import org.psychograph.segmentation.repository.TaskRepository;

/** CLUSTER: a batch of k-means restarts for one k; the last batch of a k plans its BOOTSTRAP tasks. */
@ApplicationScoped
public class ClusterStep {

    private static final Logger LOG = Logger.getLogger(ClusterStep.class);

    private final RunInputs inputs;
    private final TaskResults results;
    private final TaskRepository tasks;
    private final RunPlans plans;
    private final RunProgress progress;
    private final FitPool fitPool;

    public ClusterStep(
            RunInputs inputs,
            TaskResults results,
            TaskRepository tasks,
            RunPlans plans,
            RunProgress progress,
            FitPool fitPool) {
        this.inputs = inputs;
        this.results = results;
        this.tasks = tasks;
        this.plans = plans;
        this.progress = progress;
        this.fitPool = fitPool;
    }

    TaskOutcome run(ClaimedTask task, ClusteringConfig config, BooleanSupplier cancelled) {
        RunInput input = inputs.load(task.runId());
        ClusteringEngine engine = new ClusteringEngine(
                results.dataset(task.runId(), input), config, fitPool.executor(), RunControl.cancellable(cancelled));
        ClusteringTaskResult result = engine.run(new ClusteringTask(task.k(), task.rangeFrom(), task.rangeTo()));
        int k = task.k();
        return new TaskOutcome(
                TaskResults.encode(result),
                connection -> tasks.unfinished(connection, task.runId(), TaskKind.CLUSTER, k)
                        .chain(left -> left > 0
                                ? Uni.createFrom().voidItem()
                                : planBootstrap(connection, task.runId(), input, config, k))
                        .chain(() -> progress.afterTask(connection, task.runId(), config, RunPhase.CLUSTERING)));
    }

    private Uni<Void> planBootstrap(
            SqlConnection connection, UUID runId, RunInput input, ClusteringConfig config, int k) {
        return results.clusterResults(connection, runId, k).chain(batches -> {
            Optional<SegmentSolution> best =
                    TaskCombination.bestSolution(input.prepared().matrix(), config, k, batches);
            if (best.isEmpty()) {
                LOG.infof("run %s: no solution with %d non-empty segments; k=%d is left out", runId, k, k);
                return Uni.createFrom().voidItem();
            }
            List<PlannedTask> bootstrap = new ArrayList<>();
            for (BootstrapTask t : plans.plan(config).bootstrapTasks(k)) {
                bootstrap.add(new PlannedTask(
                        TaskKind.BOOTSTRAP,
                        k,
                        t.replicateFrom(),
                        t.replicateTo(),
                        (t.replicateTo() - t.replicateFrom()) * 2 * config.bootstrapRestarts()));
            }
            return tasks.enqueue(connection, runId, bootstrap);
        });
    }
}
