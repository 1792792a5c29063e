package org.psychograph.segmentation.jobs;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.psychograph.segmentation.config.WorkerConfig;
import org.psychograph.segmentation.model.TaskKind;

/**
 * The durable job queue in PostgreSQL, in plain SQL (Panache cannot express SKIP LOCKED). Claiming takes
 * a claimable task with {@code FOR UPDATE SKIP LOCKED}, so concurrent workers never get the same task; a claim
 * is a lease that the holder renews (heartbeat) and that another worker may take over once it expires (the
 * holder died). Completions only count while the lease is still the holder's.
 *
 * <p>Claiming is fair across workspaces: the next task comes from the workspace with the fewest tasks running
 * now (oldest first among equals), so a workspace's queued run starts while another's large run is still
 * going instead of waiting for all of it; and no workspace has more than
 * {@code psychograph.worker.max-running-per-workspace} tasks running at once.
 *
 * <p>Methods block: they are called from the worker's own threads, never from the event loop.
 */
@ApplicationScoped
public class TaskQueue {

    public static final String CHANNEL = "segmentation_tasks";
    private static final Duration WAIT = Duration.ofSeconds(30);

    private final Pool pool;
    private final int maxAttempts;
    private final int maxRunningPerWorkspace;

    @Inject
    public TaskQueue(Pool pool, WorkerConfig config) {
        this(pool, config.maxAttempts(), config.maxRunningPerWorkspace());
    }

    /** A queue with its own limits (tests of fairness). */
    public TaskQueue(Pool pool, int maxAttempts, int maxRunningPerWorkspace) {
        this.pool = pool;
        this.maxAttempts = maxAttempts;
        this.maxRunningPerWorkspace = maxRunningPerWorkspace;
    }

    public Pool pool() {
        return pool;
    }

    /** Adds tasks to a run inside the caller's transaction and wakes idle workers when it commits. */
    public Uni<Void> enqueue(SqlConnection connection, UUID runId, List<PlannedTask> tasks) {
        if (tasks.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        List<Tuple> rows = new ArrayList<>();
        for (PlannedTask t : tasks) {
            rows.add(Tuple.from(new Object[] {runId, t.kind().name(), t.k(), t.rangeFrom(), t.rangeTo(), t.fits(),
                    maxAttempts}));
        }
        return connection.preparedQuery("INSERT INTO segmentation_task (run_id, kind, k, range_from, range_to, fits, "
                + "status, max_attempts) VALUES ($1, $2, $3, $4, $5, $6, 'QUEUED', $7) ON CONFLICT DO NOTHING")
                .executeBatch(rows)
                .chain(() -> connection.preparedQuery("SELECT pg_notify($1, $2)").execute(Tuple.of(CHANNEL,
                        runId.toString())))
                .replaceWithVoid();
    }

    /**
     * Takes the lease of a claimable task (queued, or running with an expired lease), if any: from the least busy
     * workspace under its limit, oldest first.
     */
    public Optional<ClaimedTask> claim(String owner, Duration lease) {
        RowSet<Row> rows = pool.preparedQuery("WITH busy AS (SELECT r.workspace_id, count(*) AS running "
                + "FROM segmentation_task bt JOIN segmentation_run r ON r.id = bt.run_id "
                + "WHERE bt.status = 'RUNNING' AND bt.lease_until >= now() GROUP BY r.workspace_id), "
                + "next AS (SELECT c.id FROM segmentation_task c JOIN segmentation_run r ON r.id = c.run_id "
                + "LEFT JOIN busy b ON b.workspace_id = r.workspace_id "
                + "WHERE (c.status = 'QUEUED' OR (c.status = 'RUNNING' AND c.lease_until < now())) "
                + "AND c.attempts < c.max_attempts AND coalesce(b.running, 0) < $3 "
                + "ORDER BY coalesce(b.running, 0), c.id FOR UPDATE OF c SKIP LOCKED LIMIT 1) "
                + "UPDATE segmentation_task t SET status = 'RUNNING', lease_owner = $1, "
                + "lease_until = now() + make_interval(secs => $2), attempts = t.attempts + 1, updated_at = now() "
                + "FROM next WHERE t.id = next.id "
                + "RETURNING t.id, t.run_id, t.kind, t.k, t.range_from, t.range_to, t.attempts, t.max_attempts, "
                + "(SELECT trace_parent FROM segmentation_run r WHERE r.id = t.run_id) AS trace_parent")
                .execute(Tuple.of(owner, (double) lease.toSeconds(), maxRunningPerWorkspace)).await().atMost(WAIT);
        if (rows.size() == 0) {
            return Optional.empty();
        }
        Row r = rows.iterator().next();
        return Optional.of(new ClaimedTask(r.getLong("id"), r.getUUID("run_id"), TaskKind.valueOf(r.getString("kind")),
                r.getInteger("k"), r.getInteger("range_from"), r.getInteger("range_to"), r.getInteger("attempts"),
                r.getInteger("max_attempts"), r.getString("trace_parent")));
    }

    /** Renews the leases this worker holds; returns how many it still had. */
    public int heartbeat(String owner, Collection<Long> taskIds, Duration lease) {
        if (taskIds.isEmpty()) {
            return 0;
        }
        return pool.preparedQuery("UPDATE segmentation_task SET lease_until = now() + make_interval(secs => $3) "
                + "WHERE id = ANY($1) AND lease_owner = $2 AND status = 'RUNNING'")
                .execute(Tuple.of(taskIds.toArray(Long[]::new), owner, (double) lease.toSeconds()))
                .await().atMost(WAIT).rowCount();
    }

    /**
     * Completes a task and runs its follow-up planning in the same transaction, holding the run's row lock
     * so that two workers finishing a run's last tasks at once see each other's work. Returns false (and
     * changes nothing) when the lease was lost to another worker.
     */
    public boolean complete(ClaimedTask task, String owner, byte[] result,
            Function<SqlConnection, Uni<Void>> followUp) {
        return pool.withTransaction(connection -> connection
                .preparedQuery("SELECT id FROM segmentation_run WHERE id = $1 FOR UPDATE")
                .execute(Tuple.of(task.runId()))
                .chain(() -> connection.preparedQuery("UPDATE segmentation_task SET status = 'DONE', result = $3, "
                        + "lease_until = NULL, updated_at = now() WHERE id = $1 AND lease_owner = $2 "
                        + "AND status = 'RUNNING'").execute(Tuple.of(task.id(), owner, result == null ? null : io.vertx.core.buffer.Buffer.buffer(result))))
                .chain(updated -> updated.rowCount() == 0 ? Uni.createFrom().item(false)
                        : followUp.apply(connection).replaceWith(true)))
                .await().atMost(WAIT);
    }

    /**
     * Records a failed attempt: the task goes back to the queue, or, after its last attempt, fails for
     * good and returns true (the caller then fails the run).
     */
    public boolean failAttempt(ClaimedTask task, String owner, String error) {
        boolean last = task.attempts() >= task.maxAttempts();
        pool.preparedQuery("UPDATE segmentation_task SET status = $3, error = $4, lease_owner = NULL, "
                + "lease_until = NULL, updated_at = now() WHERE id = $1 AND lease_owner = $2")
                .execute(Tuple.of(task.id(), owner, last ? "FAILED" : "QUEUED", error)).await().atMost(WAIT);
        return last;
    }

    /** Marks a task cancelled (its run was cancelled while it ran). */
    public void cancelled(ClaimedTask task, String owner) {
        pool.preparedQuery("UPDATE segmentation_task SET status = 'CANCELLED', lease_until = NULL, updated_at = now() "
                + "WHERE id = $1 AND lease_owner = $2").execute(Tuple.of(task.id(), owner)).await().atMost(WAIT);
    }

    /**
     * Tasks whose worker died on their last attempt never come back through {@link #claim}: fail them
     * here. Returns the ids of the runs concerned.
     */
    public List<UUID> failAbandoned() {
        RowSet<Row> rows = pool.query("UPDATE segmentation_task SET status = 'FAILED', updated_at = now(), "
                + "error = 'the worker stopped responding (lease expired) on each of ' || attempts || ' attempts' "
                + "WHERE status = 'RUNNING' AND lease_until < now() AND attempts >= max_attempts RETURNING run_id")
                .execute().await().atMost(WAIT);
        List<UUID> runs = new ArrayList<>();
        rows.forEach(r -> runs.add(r.getUUID(0)));
        return runs;
    }

    /** Results of a run's finished tasks of one kind (and k, when given), in task order. */
    public Uni<List<byte[]>> results(SqlConnection connection, UUID runId, TaskKind kind, Integer k) {
        String sql = "SELECT result FROM segmentation_task WHERE run_id = $1 AND kind = $2 AND status = 'DONE' "
                + (k == null ? "AND $3::int IS NULL " : "AND k = $3 ") + "ORDER BY range_from, id";
        return (connection == null ? pool.preparedQuery(sql) : connection.preparedQuery(sql))
                .execute(Tuple.of(runId, kind.name(), k)).map(rows -> {
                    List<byte[]> results = new ArrayList<>();
                    rows.forEach(r -> results.add(r.getBuffer(0).getBytes()));
                    return results;
                });
    }

    /** Number of a run's tasks not finished yet (of one kind and k, when given). */
    public Uni<Long> unfinished(SqlConnection connection, UUID runId, TaskKind kind, Integer k) {
        String sql = "SELECT count(*) FROM segmentation_task WHERE run_id = $1 AND status IN ('QUEUED', 'RUNNING') "
                + (kind == null ? "AND $2::text IS NULL " : "AND kind = $2 ")
                + (k == null ? "AND $3::int IS NULL" : "AND k = $3");
        return connection.preparedQuery(sql).execute(Tuple.of(runId, kind == null ? null : kind.name(), k))
                .map(rows -> rows.iterator().next().getLong(0));
    }

    /** Sum of the fits of a run's finished tasks (for its progress). */
    public Uni<Long> fitsDone(SqlConnection connection, UUID runId) {
        return connection.preparedQuery("SELECT coalesce(sum(fits), 0) FROM segmentation_task WHERE run_id = $1 "
                + "AND status = 'DONE'").execute(Tuple.of(runId)).map(rows -> rows.iterator().next().getLong(0));
    }

    /** Cancels a run's waiting tasks (running ones notice the run's status and stop). */
    public Uni<Void> cancelQueued(SqlConnection connection, UUID runId) {
        return connection.preparedQuery("UPDATE segmentation_task SET status = 'CANCELLED', updated_at = now() "
                + "WHERE run_id = $1 AND status = 'QUEUED'").execute(Tuple.of(runId)).replaceWithVoid();
    }

    /** Tasks waiting or held (the queue depth metric; KEDA counts the same in deployments). */
    public long depth() {
        return pool.query("SELECT count(*) FROM segmentation_task WHERE status = 'QUEUED' "
                + "OR (status = 'RUNNING' AND lease_until < now())").execute().await().atMost(WAIT)
                .iterator().next().getLong(0);
    }
}
