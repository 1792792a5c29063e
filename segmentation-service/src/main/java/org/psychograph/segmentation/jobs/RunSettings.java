package org.psychograph.segmentation.jobs;

import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.UUID;
import org.psychograph.segmentation.clustering.ClusteringConfig;
import org.psychograph.segmentation.clustering.DistanceMeasure;
import org.psychograph.segmentation.config.WorkerConfig;
import org.psychograph.segmentation.model.RunConfig;
import org.psychograph.segmentation.error.RunRejected;

/** A run's stored settings as the workers need them, and how runs are cut into tasks. */
@ApplicationScoped
public class RunSettings {

    /** What a worker needs to know about a run. */
    public record RunRow(UUID id, String workspaceId, String surveyId, RunConfig config) {
    }

    private final Pool pool;
    private final int restartsPerTask;
    private final int replicatesPerTask;

    public RunSettings(Pool pool, WorkerConfig config) {
        this.pool = pool;
        this.restartsPerTask = config.restartsPerTask();
        this.replicatesPerTask = config.replicatesPerTask();
    }

    public RunRow load(UUID runId) {
        var rows = pool.preparedQuery("SELECT id, workspace_id, survey_id, config FROM segmentation_run WHERE id = $1")
                .execute(Tuple.of(runId)).await().atMost(Duration.ofSeconds(30));
        if (rows.size() == 0) {
            throw new RunRejected("run " + runId + " no longer exists");
        }
        Row r = rows.iterator().next();
        Object config = r.getValue("config");
        JsonObject json = config instanceof JsonObject o ? o : new JsonObject(config.toString());
        return new RunRow(r.getUUID("id"), r.getString("workspace_id"), r.getString("survey_id"),
                json.mapTo(RunConfig.class));
    }

    public int restartsPerTask() {
        return restartsPerTask;
    }

    public int replicatesPerTask() {
        return replicatesPerTask;
    }

    public static ClusteringConfig clusteringConfig(RunConfig c) {
        return new ClusteringConfig(c.kMin(), c.kMax(), c.restarts(), c.maxIterations(),
                DistanceMeasure.valueOf(c.distance().name()), c.bootstrapReplicates(),
                ClusteringConfig.DEFAULT_BOOTSTRAP_RESTARTS, c.seed());
    }
}
