package org.psychograph.segmentation.repository;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.psychograph.segmentation.config.WorkerConfig;
import org.psychograph.segmentation.model.ClaimedTask;
import org.psychograph.segmentation.model.PlannedTask;
import org.psychograph.segmentation.model.TaskKind;
import org.psychograph.segmentation.model.TaskStatus;

/**
 * The job queue's SQL ({@code segmentation_task}), in plain SQL: Panache cannot express SKIP LOCKED. Claiming takes
 * a claimable task with {@code FOR UPDATE SKIP LOCKED}, so concurrent workers never get the same task; a claim is a
 * lease that the holder renews and that another worker may take over once it expires. Statuses are bound from
 * {@link TaskStatus}, never written into the SQL.
 */
@ApplicationScoped
public class TaskRepository {

    /** The channel a new task is announced on (LISTEN/NOTIFY). */
    public static final String CHANNEL = "segmentation_tasks";

    private static final String QUEUED = TaskStatus.QUEUED.name();
    private static final String RUNNING = TaskStatus.RUNNING.name();
    private static final String DONE = TaskStatus.DONE.name();
    private static final String FAILED = TaskStatus.FAILED.name();
    private static final String CANCELLED = TaskStatus.CANCELLED.name();
    /*
     * The claim's statuses are written into its SQL (from the enum, never typed by hand), not bound: the partial index
     * segmentation_task_claimable (status IN ('QUEUED', 'RUNNING')) serves only a plan that sees the values, and a
     * prepared statement planned generically (as PostgreSQL may do once statements are cached) would scan the table.
     */
    private static final String CLAIMABLE_QUEUED = "'" + TaskStatus.QUEUED.name() + "'";
    private static final String CLAIMABLE_RUNNING = "'" + TaskStatus.RUNNING.name() + "'";
    private static final String[] UNFINISHED = {QUEUED, RUNNING};

    private final Pool pool;
    private final int maxAttempts;

    public TaskRepository(Pool pool, WorkerConfig config) {
        this.pool = pool;
        this.maxAttempts = config.maxAttempts();
    }

    /** Adds tasks to a run inside the caller's transaction and wakes idle workers when it commits. */
    public Uni<Void> enqueue(SqlConnection connection, UUID runId, List<PlannedTask> tasks) {
        if (tasks.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        List<Tuple> rows = new ArrayList<>();
        for (PlannedTask t : tasks) {
            rows.add(Tuple.from(new Object[] {
                runId, t.kind().name(), t.k(), t.rangeFrom(), t.rangeTo(), t.fits(), QUEUED, maxAttempts
            }));
        }
        return connection
                .preparedQuery("INSERT INTO segmentation_task (run_id, kind, k, range_from, range_to, fits, "
                        + "status, max_attempts) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT DO NOTHING")
                .executeBatch(rows)
                .chain(() -> connection
                        .preparedQuery("SELECT pg_notify($1, $2)")
                        .execute(Tuple.of(CHANNEL, runId.toString())))
                .replaceWithVoid();
    }

    /**
     * Takes the lease of a claimable task (queued, or running with an expired lease), if any: from the least busy
     * workspace with fewer than {@code maxRunningPerWorkspace} tasks running, oldest first.
     */
    public Uni<Optional<ClaimedTask>> claim(String owner, Duration lease, int maxRunningPerWorkspace) {
        return pool.preparedQuery("WITH busy AS (SELECT r.workspace_id, count(*) AS running "
                        + "FROM segmentation_task bt JOIN segmentation_run r ON r.id = bt.run_id "
                        + "WHERE bt.status = " + CLAIMABLE_RUNNING
                        + " AND bt.lease_until >= now() GROUP BY r.workspace_id), "
                        + "next AS (SELECT c.id FROM segmentation_task c JOIN segmentation_run r ON r.id = c.run_id "
                        + "LEFT JOIN busy b ON b.workspace_id = r.workspace_id "
                        + "WHERE (c.status = " + CLAIMABLE_QUEUED + " OR (c.status = " + CLAIMABLE_RUNNING
                        + " AND c.lease_until < now())) "
                        + "AND c.attempts < c.max_attempts AND coalesce(b.running, 0) < $3 "
                        + "ORDER BY coalesce(b.running, 0), c.id FOR UPDATE OF c SKIP LOCKED LIMIT 1) "
                        + "UPDATE segmentation_task t SET status = " + CLAIMABLE_RUNNING + ", lease_owner = $1, "
                        + "lease_until = now() + make_interval(secs => $2), attempts = t.attempts + 1, updated_at = now() "
                        + "FROM next WHERE t.id = next.id "
                        + "RETURNING t.id, t.run_id, t.kind, t.k, t.range_from, t.range_to, t.attempts, t.max_attempts, "
                        + "(SELECT trace_parent FROM segmentation_run r WHERE r.id = t.run_id) AS trace_parent")
                .execute(Tuple.of(owner, (double) lease.toSeconds(), maxRunningPerWorkspace))
                .map(rows -> {
                    if (rows.size() == 0) {
                        return Optional.empty();
                    }
                    Row r = rows.iterator().next();
                    return Optional.of(new ClaimedTask(
                            r.getLong("id"),
                            r.getUUID("run_id"),
                            TaskKind.valueOf(r.getString("kind")),
                            r.getInteger("k"),
                            r.getInteger("range_from"),
                            r.getInteger("range_to"),
                            r.getInteger("attempts"),
                            r.getInteger("max_attempts"),
                            r.getString("trace_parent")));
                });
    }

    /** Renews the leases an owner holds; answers how many it still had. */
    public Uni<Integer> renew(String owner, Collection<Long> taskIds, Duration lease) {
        if (taskIds.isEmpty()) {
            return Uni.createFrom().item(0);
        }
        return pool.preparedQuery("UPDATE segmentation_task SET lease_until = now() + make_interval(secs => $3) "
                        + "WHERE id = ANY($1) AND lease_owner = $2 AND status = $4")
                .execute(Tuple.of(taskIds.toArray(Long[]::new), owner, (double) lease.toSeconds(), RUNNING))
                .map(rows -> rows.rowCount());
    }

    /**
     * Completes a task and runs its follow-up in the same transaction, holding the run's row lock so that two
     * workers finishing a run's last tasks at once see each other's work. False (nothing changed) when the lease
     * was lost to another worker.
     */
    public Uni<Boolean> complete(
            ClaimedTask task, String owner, byte[] result, Function<SqlConnection, Uni<Void>> followUp) {
        return pool.withTransaction(connection -> connection
                .preparedQuery("SELECT id FROM segmentation_run WHERE id = $1 FOR UPDATE")
                .execute(Tuple.of(task.runId()))
                .chain(() -> connection
                        .preparedQuery("UPDATE segmentation_task SET status = $4, result = $3, "
                                + "lease_until = NULL, updated_at = now() WHERE id = $1 AND lease_owner = $2 "
                                + "AND status = $5")
                        .execute(Tuple.of(
                                task.id(),
                                owner,
                                result == null ? null : io.vertx.core.buffer.Buffer.buffer(result),
                                DONE,
                                RUNNING)))
                .chain(updated -> updated.rowCount() == 0
                        ? Uni.createFrom().item(false)
                        : followUp.apply(connection).replaceWith(true)));
    }

    /**
     * Gives a task back to the queue after a failed attempt, or fails it for good ({@code last}). False (nothing
     * changed) when the worker no longer holds it running: its lease was lost, or it was cancelled meanwhile (a
     * k's stability settled without it), and then its failure is no one's concern.
     */
    public Uni<Boolean> failAttempt(ClaimedTask task, String owner, String error, boolean last) {
        return pool.preparedQuery("UPDATE segmentation_task SET status = $3, error = $4, lease_owner = NULL, "
                        + "lease_until = NULL, updated_at = now() WHERE id = $1 AND lease_owner = $2 "
                        + "AND status = $5")
                .execute(Tuple.of(task.id(), owner, last ? FAILED : QUEUED, error, RUNNING))
                .map(rows -> rows.rowCount() > 0);
    }

    /** Marks a held task cancelled (its run was stopped while it ran). */
    public Uni<Void> cancelled(ClaimedTask task, String owner) {
        return pool.preparedQuery("UPDATE segmentation_task SET status = $3, lease_until = NULL, updated_at = now() "
                        + "WHERE id = $1 AND lease_owner = $2")
                .execute(Tuple.of(task.id(), owner, CANCELLED))
                .replaceWithVoid();
    }

    /** Fails the tasks whose worker died on their last attempt; answers the ids of their runs. */
    public Uni<List<UUID>> failAbandoned() {
        return pool.preparedQuery("UPDATE segmentation_task SET status = $1, updated_at = now(), "
                        + "error = 'the worker stopped responding (lease expired) on each of ' || attempts || ' attempts' "
                        + "WHERE status = $2 AND lease_until < now() AND attempts >= max_attempts RETURNING run_id")
                .execute(Tuple.of(FAILED, RUNNING))
                .map(rows -> {
                    List<UUID> runs = new ArrayList<>();
                    rows.forEach(r -> runs.add(r.getUUID(0)));
                    return runs;
                });
    }

    /** Results of a run's finished tasks of one kind (and k, when given), in task order. */
    public Uni<List<byte[]>> results(SqlConnection connection, UUID runId, TaskKind kind, Integer k) {
        String sql = "SELECT result FROM segmentation_task WHERE run_id = $1 AND kind = $2 AND status = $4 "
                + (k == null ? "AND $3::int IS NULL " : "AND k = $3 ") + "ORDER BY range_from, id";
        return (connection == null ? pool.preparedQuery(sql) : connection.preparedQuery(sql))
                .execute(Tuple.of(runId, kind.name(), k, DONE))
                .map(rows -> {
                    List<byte[]> results = new ArrayList<>();
                    rows.forEach(r -> results.add(r.getBuffer(0).getBytes()));
                    return results;
                });
    }

    /** Number of a run's tasks not finished yet (of one kind and k, when given). */
    public Uni<Long> unfinished(SqlConnection connection, UUID runId, TaskKind kind, Integer k) {
        String sql = "SELECT count(*) FROM segmentation_task WHERE run_id = $1 AND status = ANY($4) "
                + (kind == null ? "AND $2::text IS NULL " : "AND kind = $2 ")
                + (k == null ? "AND $3::int IS NULL" : "AND k = $3");
        return connection
                .preparedQuery(sql)
                .execute(Tuple.of(runId, kind == null ? null : kind.name(), k, UNFINISHED))
                .map(rows -> rows.iterator().next().getLong(0));
    }

    /** Sum of the fits of a run's finished tasks (for its progress). */
    public Uni<Long> fitsDone(SqlConnection connection, UUID runId) {
        return connection
                .preparedQuery(
                        "SELECT coalesce(sum(fits), 0) FROM segmentation_task WHERE run_id = $1 " + "AND status = $2")
                .execute(Tuple.of(runId, DONE))
                .map(rows -> rows.iterator().next().getLong(0));
    }

    /** Cancels a run's waiting tasks (running ones notice the run's status and stop). */
    Uni<Void> cancelQueued(SqlConnection connection, UUID runId) {
        return connection
                .preparedQuery("UPDATE segmentation_task SET status = $2, updated_at = now() "
                        + "WHERE run_id = $1 AND status = $3")
                .execute(Tuple.of(runId, CANCELLED, QUEUED))
                .replaceWithVoid();
    }

    /**
     * Cancels the unfinished tasks of one kind and k whose range starts at or after {@code from} (a k's stability
     * is settled before its last bootstrap batches: they are not needed). A running one notices and stops.
     */
    public Uni<Void> cancelUnfinishedFrom(SqlConnection connection, UUID runId, TaskKind kind, int k, int from) {
        return connection
                .preparedQuery("UPDATE segmentation_task SET status = $2, lease_until = NULL, updated_at = now() "
                        + "WHERE run_id = $1 AND status = ANY($3) AND kind = $4 AND k = $5 AND range_from >= $6")
                .execute(Tuple.of(runId, CANCELLED, UNFINISHED, kind.name(), k, from))
                .replaceWithVoid();
    }

    /** Whether a task was cancelled on its own (its run goes on without it). */
    public Uni<Boolean> cancelled(long taskId) {
        return pool.preparedQuery("SELECT status = $2 FROM segmentation_task WHERE id = $1")
                .execute(Tuple.of(taskId, CANCELLED))
                .map(rows -> rows.iterator().hasNext() && rows.iterator().next().getBoolean(0));
    }

    /** Cancels a run's waiting and running tasks (the run failed). */
    Uni<Void> cancelUnfinished(SqlConnection connection, UUID runId) {
        return connection
                .preparedQuery("UPDATE segmentation_task SET status = $2, updated_at = now() "
                        + "WHERE run_id = $1 AND status = ANY($3)")
                .execute(Tuple.of(runId, CANCELLED, UNFINISHED))
                .replaceWithVoid();
    }

    /** Tasks waiting or held with an expired lease (the queue depth metric; KEDA counts the same). */
    public Uni<Long> depth() {
        return pool.preparedQuery("SELECT count(*) FROM segmentation_task WHERE status = $1 "
                        + "OR (status = $2 AND lease_until < now())")
                .execute(Tuple.of(QUEUED, RUNNING))
                .map(rows -> rows.iterator().next().getLong(0));
    }
}
