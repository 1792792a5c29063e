package org.psychograph.segmentation.pipeline;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
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

/** BOOTSTRAP: a batch of stability replicates for one k, against the best solution its CLUSTER tasks found. */
@ApplicationScoped
public class BootstrapStep {

    private final RunInputs inputs;
    private final TaskResults results;
    private final RunProgress progress;
    private final FitPool fitPool;

    public BootstrapStep(RunInputs inputs, TaskResults results, RunProgress progress, FitPool fitPool) {
        this.inputs = inputs;
        this.results = results;
        this.progress = progress;
        this.fitPool = fitPool;
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
                connection -> progress.afterTask(connection, task.runId(), config, RunPhase.STABILITY));
    }
}
