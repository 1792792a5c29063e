package org.psychograph.segmentation.pipeline;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.function.BooleanSupplier;
import org.psychograph.segmentation.clustering.BootstrapTask;
import org.psychograph.segmentation.clustering.BootstrapTaskResult;
import org.psychograph.segmentation.clustering.ClusteringConfig;
import org.psychograph.segmentation.clustering.ClusteringEngine;
import org.psychograph.segmentation.clustering.RunControl;
import org.psychograph.segmentation.model.ClaimedTask;
import org.psychograph.segmentation.model.RunPhase;

/**
 * REFERENCE: a batch of stability replicates for one k on structureless data of the run's shape (each basis column
 * permuted), the level the data's stability is judged against. Needs no solution, so PREPARE plans it at once.
 */
@ApplicationScoped
public class ReferenceStep {

    private final RunInputs inputs;
    private final TaskResults results;
    private final RunProgress progress;
    private final FitPool fitPool;

    public ReferenceStep(RunInputs inputs, TaskResults results, RunProgress progress, FitPool fitPool) {
        this.inputs = inputs;
        this.results = results;
        this.progress = progress;
        this.fitPool = fitPool;
    }

    TaskOutcome run(ClaimedTask task, ClusteringConfig config, BooleanSupplier cancelled) {
        RunInput input = inputs.load(task.runId());
        ClusteringEngine engine = new ClusteringEngine(
                results.referenceDataset(task.runId(), input, config.seed()),
                config,
                fitPool.executor(),
                RunControl.cancellable(cancelled));
        BootstrapTaskResult result =
                engine.runGlobalOnly(new BootstrapTask(task.k(), task.rangeFrom(), task.rangeTo()));
        return new TaskOutcome(
                TaskResults.encode(result),
                connection -> progress.afterTask(connection, task.runId(), config, RunPhase.STABILITY));
    }
}
