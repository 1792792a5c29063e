package org.psychograph.segmentation.pipeline;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.psychograph.segmentation.clustering.BasisDataset;
import org.psychograph.segmentation.clustering.BootstrapTaskResult;
import org.psychograph.segmentation.clustering.ClusteringTaskResult;
import org.psychograph.segmentation.clustering.ResultCodec;
import org.psychograph.segmentation.clustering.StructurelessData;
import org.psychograph.segmentation.model.TaskKind;
import org.psychograph.segmentation.repository.TaskRepository;
import org.psychograph.segmentation.stored.Compression;

/**
 * What the tasks of a run hand each other: their results (gzip JSON, kept only for the run, so read strictly) and
 * the run's Tribuo dataset, built once per run in this worker.
 */
@ApplicationScoped
public class TaskResults {

    private final TaskRepository tasks;
    private final Map<UUID, BasisDataset> datasets = lastTwoRuns();
    private final Map<UUID, BasisDataset> referenceDatasets = lastTwoRuns();

    /** A worker caches the datasets of the two runs it used last (access order), never more. */
    private static Map<UUID, BasisDataset> lastTwoRuns() {
        return new LinkedHashMap<>(4, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<UUID, BasisDataset> eldest) {
                return size() > 2;
            }
        };
    }

    public TaskResults(TaskRepository tasks) {
        this.tasks = tasks;
    }

    static byte[] encode(Object result) {
        return Compression.gzip(ResultCodec.toJson(result));
    }

    /** The CLUSTER results of one k; {@code connection} null: outside a transaction. */
    Uni<List<ClusteringTaskResult>> clusterResults(SqlConnection connection, UUID runId, int k) {
        return tasks.results(connection, runId, TaskKind.CLUSTER, k)
                .map(list -> list.stream()
                        .map(bytes -> ResultCodec.fromJson(Compression.gunzip(bytes), ClusteringTaskResult.class))
                        .toList());
    }

    List<ClusteringTaskResult> clusterResults(UUID runId, int k) {
        return clusterResults(null, runId, k).await().indefinitely();
    }

    List<BootstrapTaskResult> bootstrapResults(UUID runId, int k) {
        return stabilityResults(runId, TaskKind.BOOTSTRAP, k);
    }

    /** The finished BOOTSTRAP results of one k, read in the given transaction. */
    Uni<List<BootstrapTaskResult>> bootstrapResults(SqlConnection connection, UUID runId, int k) {
        return tasks.results(connection, runId, TaskKind.BOOTSTRAP, k)
                .map(list -> list.stream()
                        .map(bytes -> ResultCodec.fromJson(Compression.gunzip(bytes), BootstrapTaskResult.class))
                        .toList());
    }

    List<BootstrapTaskResult> referenceResults(UUID runId, int k) {
        return stabilityResults(runId, TaskKind.REFERENCE, k);
    }

    private List<BootstrapTaskResult> stabilityResults(UUID runId, TaskKind kind, int k) {
        return tasks.results(null, runId, kind, k).await().indefinitely().stream()
                .map(bytes -> ResultCodec.fromJson(Compression.gunzip(bytes), BootstrapTaskResult.class))
                .toList();
    }

    /**
     * One Tribuo dataset per run in this worker, reused by every task of the run it takes (restart and
     * bootstrap batches only read it; bootstrap samples are views over it).
     */
    BasisDataset dataset(UUID runId, RunInput input) {
        synchronized (datasets) {
            return datasets.computeIfAbsent(
                    runId, id -> new BasisDataset(input.prepared().matrix()));
        }
    }

    /** The same for the run's structureless reference (its columns permuted with the run seed). */
    BasisDataset referenceDataset(UUID runId, RunInput input, long runSeed) {
        synchronized (referenceDatasets) {
            return referenceDatasets.computeIfAbsent(
                    runId,
                    id -> new BasisDataset(StructurelessData.of(input.prepared().matrix(), runSeed)));
        }
    }
}
