package org.psychograph.segmentation.jobs;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.UUID;
import org.psychograph.segmentation.model.RunPhase;

/** Status and progress of runs as the workers move them, in plain SQL next to the task queue. */
@ApplicationScoped
public class RunState {

    private static final Duration WAIT = Duration.ofSeconds(30);

    private final Pool pool;

    public RunState(Pool pool) {
        this.pool = pool;
    }

    /** Phase and percent; never moves a finished run, never lowers the percent. */
    public Uni<Void> progress(SqlClient client, UUID runId, RunPhase phase, int percent) {
        return client.preparedQuery("UPDATE segmentation_run SET phase = $2, percent = greatest(percent, $3), "
                + "status = CASE WHEN status = 'QUEUED' THEN 'RUNNING' ELSE status END, "
                + "started_at = coalesce(started_at, now()) WHERE id = $1 AND status IN ('QUEUED', 'RUNNING')")
                .execute(Tuple.of(runId, phase.name(), percent)).replaceWithVoid();
    }

    public void progress(UUID runId, RunPhase phase, int percent) {
        progress(pool, runId, phase, percent).await().atMost(WAIT);
    }

    /** Fails a run with its error and cancels its remaining tasks. */
    public void fail(UUID runId, String error) {
        pool.withTransaction(c -> c.preparedQuery("UPDATE segmentation_run SET status = 'FAILED', error = $2, "
                + "finished_at = now() WHERE id = $1 AND status IN ('QUEUED', 'RUNNING')")
                .execute(Tuple.of(runId, error))
                .chain(() -> c.preparedQuery("UPDATE segmentation_task SET status = 'CANCELLED', updated_at = now() "
                        + "WHERE run_id = $1 AND status IN ('QUEUED', 'RUNNING')").execute(Tuple.of(runId))))
                .await().atMost(WAIT);
    }

    /** Whether the run should stop: cancelled, failed, or gone. */
    public boolean stopped(UUID runId) {
        var rows = pool.preparedQuery("SELECT status FROM segmentation_run WHERE id = $1").execute(Tuple.of(runId))
                .await().atMost(WAIT);
        return rows.size() == 0 || !"RUNNING".equals(rows.iterator().next().getString(0))
                && !"QUEUED".equals(rows.iterator().next().getString(0));
    }

    public Uni<Void> recordInput(SqlClient client, UUID runId, int respondents, int dropped, String fingerprint,
            String tribuoVersion) {
        return client.preparedQuery("UPDATE segmentation_run SET respondent_count = $2, dropped_count = $3, "
                + "data_fingerprint = $4, tribuo_version = $5 WHERE id = $1")
                .execute(Tuple.of(runId, respondents, dropped, fingerprint, tribuoVersion)).replaceWithVoid();
    }
}
