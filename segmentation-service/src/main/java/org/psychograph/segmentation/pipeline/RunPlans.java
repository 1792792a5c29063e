package org.psychograph.segmentation.pipeline;

import jakarta.enterprise.context.ApplicationScoped;
import org.psychograph.segmentation.clustering.ClusteringConfig;
import org.psychograph.segmentation.clustering.DistanceMeasure;
import org.psychograph.segmentation.clustering.PersonaRange;
import org.psychograph.segmentation.clustering.SegmentationPlan;
import org.psychograph.segmentation.config.WorkerConfig;
import org.psychograph.segmentation.model.RunConfig;

/** How a run is cut into tasks ({@code psychograph.worker.restarts-per-task}, {@code replicates-per-task}). */
@ApplicationScoped
public class RunPlans {

    private final int restartsPerTask;
    private final int replicatesPerTask;

    public RunPlans(WorkerConfig config) {
        this.restartsPerTask = config.restartsPerTask();
        this.replicatesPerTask = config.replicatesPerTask();
    }

    public SegmentationPlan plan(ClusteringConfig config) {
        return SegmentationPlan.of(config, restartsPerTask, replicatesPerTask);
    }

    /** The numbers of segments a run recommends k within. */
    public static PersonaRange personaRange(RunConfig c) {
        return new PersonaRange(c.personaKMin(), c.personaKMax());
    }

    /** The engine's configuration of a run's stored configuration. */
    public static ClusteringConfig clusteringConfig(RunConfig c) {
        return new ClusteringConfig(
                c.kMin(),
                c.kMax(),
                c.restarts(),
                c.maxIterations(),
                DistanceMeasure.valueOf(c.distance().name()),
                c.bootstrapReplicates(),
                ClusteringConfig.DEFAULT_BOOTSTRAP_RESTARTS,
                c.seed(),
                c.stabilityPrecision());
    }
}
