package org.psychograph.segmentation.clustering;

import java.util.ArrayList;
import java.util.List;

/**
 * A run cut into tasks that any worker can do: restart batches per k, then bootstrap batches per k (which need
 * the combined best solution of their k as reference), and bootstrap batches per k on the structureless
 * reference data (independent of the rest, see {@link StructurelessData}). The batch sizes change how work is shared, never the
 * result.
 */
public record SegmentationPlan(
        ClusteringConfig config,
        List<ClusteringTask> clusteringTasks,
        List<BootstrapTask> bootstrapTasks,
        List<BootstrapTask> referenceTasks) {

    public SegmentationPlan {
        clusteringTasks = List.copyOf(clusteringTasks);
        bootstrapTasks = List.copyOf(bootstrapTasks);
        referenceTasks = List.copyOf(referenceTasks);
    }

    public static SegmentationPlan of(ClusteringConfig config, int restartsPerTask, int replicatesPerTask) {
        if (restartsPerTask < 1 || replicatesPerTask < 1) {
            throw new IllegalArgumentException("batch sizes must be at least 1");
        }
        List<ClusteringTask> clustering = new ArrayList<>();
        List<BootstrapTask> bootstrap = new ArrayList<>();
        List<BootstrapTask> reference = new ArrayList<>();
        config.ks().forEach(k -> {
            for (int from = 0; from < config.restarts(); from += restartsPerTask) {
                clustering.add(new ClusteringTask(k, from, Math.min(config.restarts(), from + restartsPerTask)));
            }
            for (int from = 0; from < config.bootstrapReplicates(); from += replicatesPerTask) {
                bootstrap.add(
                        new BootstrapTask(k, from, Math.min(config.bootstrapReplicates(), from + replicatesPerTask)));
            }
            for (int from = 0; from < config.referenceReplicates(); from += replicatesPerTask) {
                reference.add(
                        new BootstrapTask(k, from, Math.min(config.referenceReplicates(), from + replicatesPerTask)));
            }
        });
        return new SegmentationPlan(config, clustering, bootstrap, reference);
    }

    public List<ClusteringTask> clusteringTasks(int k) {
        return clusteringTasks.stream().filter(t -> t.k() == k).toList();
    }

    public List<BootstrapTask> bootstrapTasks(int k) {
        return bootstrapTasks.stream().filter(t -> t.k() == k).toList();
    }

    public List<BootstrapTask> referenceTasks(int k) {
        return referenceTasks.stream().filter(t -> t.k() == k).toList();
    }

    /**
     * Fits the whole plan makes: restarts on the full data plus every bootstrap sample's restarts, on the data and
     * on the structureless reference.
     */
    public long totalFits() {
        long ks = config.kMax() - config.kMin() + 1L;
        long pairs = config.bootstrapReplicates() + (long) config.referenceReplicates();
        return ks * config.restarts() + ks * pairs * 2L * config.bootstrapRestarts();
    }
}
