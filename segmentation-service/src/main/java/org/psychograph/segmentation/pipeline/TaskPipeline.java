package org.psychograph.segmentation.pipeline;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import org.psychograph.segmentation.clustering.ClusteringConfig;
import org.psychograph.segmentation.error.RunRejected;
import org.psychograph.segmentation.model.ClaimedTask;
import org.psychograph.segmentation.model.RunSpec;
import org.psychograph.segmentation.repository.RunStateRepository;

/**
 * Does one task with the step of its kind and says what must happen in the completing transaction: PREPARE plans
 * the CLUSTER and REFERENCE tasks, the last CLUSTER task of a k plans its BOOTSTRAP tasks, the last task of a run plans
 * FINALISE (see {@link org.psychograph.segmentation.model.TaskKind}).
 */
@ApplicationScoped
public class TaskPipeline {

    private final RunStateRepository runs;
    private final PrepareStep prepare;
    private final ClusterStep cluster;
    private final BootstrapStep bootstrap;
    private final ReferenceStep reference;
    private final FinaliseStep finalise;

    public TaskPipeline(
            RunStateRepository runs,
            PrepareStep prepare,
            ClusterStep cluster,
            BootstrapStep bootstrap,
            ReferenceStep reference,
            FinaliseStep finalise) {
        this.runs = runs;
        this.prepare = prepare;
        this.cluster = cluster;
        this.bootstrap = bootstrap;
        this.reference = reference;
        this.finalise = finalise;
    }

    /**
     * @throws RunRejected the run cannot succeed with its input (it fails at once)
     * @throws org.psychograph.segmentation.clustering.SegmentationCancelledException the run was stopped
     */
    public TaskOutcome run(ClaimedTask task, BooleanSupplier cancelled) {
        RunSpec run = runs.spec(task.runId())
                .await()
                .atMost(Duration.ofSeconds(30))
                .orElseThrow(() -> new RunRejected("run " + task.runId() + " no longer exists"));
        ClusteringConfig config = RunPlans.clusteringConfig(run.config());
        return switch (task.kind()) {
            case PREPARE -> prepare.run(task, run);
            case CLUSTER -> cluster.run(task, config, cancelled);
            case BOOTSTRAP -> bootstrap.run(task, config, cancelled);
            case REFERENCE -> reference.run(task, config, cancelled);
            case FINALISE -> finalise.run(task.runId(), run, config);
        };
    }
}
