package org.psychograph.segmentation.service;

import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.psychograph.segmentation.jobs.PlannedTask;
import org.psychograph.segmentation.jobs.TaskQueue;
import org.psychograph.segmentation.jobs.TaskTracing;
import org.psychograph.segmentation.model.RespondentAssignment;
import org.psychograph.segmentation.model.RunConfig;
import org.psychograph.segmentation.model.TaskKind;

/**
 * Writes of runs that must be atomic with the job queue (a new run and its PREPARE task; a cancel and its
 * tasks), and the bulk assignment reads, in plain SQL on the same pool as the queue.
 */
@ApplicationScoped
public class RunStore {

    private final Pool pool;
    private final TaskQueue queue;
    private final TaskTracing tracing;

    public RunStore(Pool pool, TaskQueue queue, TaskTracing tracing) {
        this.pool = pool;
        this.queue = queue;
        this.tracing = tracing;
    }

    /** Stores a new run with its first task; the run keeps the caller's trace context for its tasks. */
    public Uni<UUID> create(String workspaceId, String surveyId, String surveyTitle, String createdBy, RunConfig config) {
        UUID id = UUID.randomUUID();
        JsonObject json = JsonObject.mapFrom(config);
        String traceParent = tracing.currentTraceParent();
        return pool.withTransaction(c -> c.preparedQuery("INSERT INTO segmentation_run (id, workspace_id, survey_id, "
                + "survey_title, created_by, status, phase, percent, config, seed, created_at, trace_parent) "
                + "VALUES ($1, $2, $3, $4, $5, 'QUEUED', 'WAITING', 0, $6, $7, $8, $9)")
                .execute(Tuple.from(new Object[] {id, workspaceId, surveyId, surveyTitle, createdBy, json, config.seed(),
                        OffsetDateTime.now(), traceParent}))
                .chain(() -> queue.enqueue(c, id, List.of(new PlannedTask(TaskKind.PREPARE, null, null, null, 0)))))
                .replaceWith(id);
    }

    /** Cancels a waiting or running run; false when it had already finished. */
    public Uni<Boolean> cancel(UUID runId) {
        return pool.withTransaction(c -> c.preparedQuery("UPDATE segmentation_run SET status = 'CANCELLED', "
                + "finished_at = now() WHERE id = $1 AND status IN ('QUEUED', 'RUNNING')").execute(Tuple.of(runId))
                .chain(updated -> updated.rowCount() == 0 ? Uni.createFrom().item(false)
                        : queue.cancelQueued(c, runId).replaceWith(true)));
    }

    public Uni<List<RespondentAssignment>> assignments(UUID runId, int afterRow, int limit) {
        return pool.preparedQuery("SELECT row_no, respondent_id, segment, distance, margin FROM segment_assignment "
                + "WHERE run_id = $1 AND row_no > $2 ORDER BY row_no LIMIT $3")
                .execute(Tuple.of(runId, afterRow, limit)).map(rows -> {
                    List<RespondentAssignment> page = new ArrayList<>();
                    for (Row r : rows) {
                        page.add(new RespondentAssignment(r.getInteger(0), r.getString(1), r.getInteger(2),
                                r.getDouble(3), r.getDouble(4)));
                    }
                    return page;
                });
    }

    public Uni<Integer> assignmentCount(UUID runId) {
        return pool.preparedQuery("SELECT count(*) FROM segment_assignment WHERE run_id = $1").execute(Tuple.of(runId))
                .map(rows -> Math.toIntExact(rows.iterator().next().getLong(0)));
    }

    public Pool pool() {
        return pool;
    }
}
