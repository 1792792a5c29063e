package org.psychograph.segmentation.repository;

import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.psychograph.segmentation.model.PlannedTask;
import org.psychograph.segmentation.model.RunConfig;
import org.psychograph.segmentation.model.RunPhase;
import org.psychograph.segmentation.model.RunSpec;
import org.psychograph.segmentation.model.RunStatus;
import org.psychograph.segmentation.model.TaskKind;

/**
 * A run's lifecycle in plain SQL ({@code segmentation_run}): created with its PREPARE task, moved along by the
 * workers, succeeded, failed or cancelled. Every status change is here, bound from {@link RunStatus}; a finished
 * run never moves again. Reads for the API go through {@link RunRepository}.
 */
@ApplicationScoped
public class RunStateRepository {

    private static final String QUEUED = RunStatus.QUEUED.name();
    private static final String RUNNING = RunStatus.RUNNING.name();
    private static final String[] ACTIVE = {QUEUED, RUNNING};

    private final Pool pool;
    private final TaskRepository tasks;

    public RunStateRepository(Pool pool, TaskRepository tasks) {
        this.pool = pool;
        this.tasks = tasks;
    }

    /** Stores a new run with its first task; the run keeps the caller's trace context for its tasks. */
    public Uni<UUID> create(
            String workspaceId,
            String surveyId,
            String surveyTitle,
            String trackerId,
            String createdBy,
            RunConfig config,
            String traceParent) {
        UUID id = UUID.randomUUID();
        JsonObject json = JsonObject.mapFrom(config);
        return pool.withTransaction(c -> c.preparedQuery("INSERT INTO segmentation_run (id, workspace_id, survey_id, "
                                + "survey_title, created_by, status, phase, percent, config, seed, created_at, trace_parent, tracker_id) "
                                + "VALUES ($1, $2, $3, $4, $5, $10, $11, 0, $6, $7, $8, $9, $12)")
                        .execute(Tuple.from(new Object[] {
                            id,
                            workspaceId,
                            surveyId,
                            surveyTitle,
                            createdBy,
                            json,
                            config.seed(),
                            OffsetDateTime.now(),
                            traceParent,
                            QUEUED,
                            RunPhase.WAITING.name(),
                            trackerId
                        }))
                        .chain(() ->
                                tasks.enqueue(c, id, List.of(new PlannedTask(TaskKind.PREPARE, null, null, null, 0)))))
                .replaceWith(id);
    }

    /** The run's settings as a worker needs them; empty when the run no longer exists. */
    public Uni<Optional<RunSpec>> spec(UUID runId) {
        return pool.preparedQuery("SELECT id, workspace_id, survey_id, config FROM segmentation_run WHERE id = $1")
                .execute(Tuple.of(runId))
                .map(rows -> {
                    if (rows.size() == 0) {
                        return Optional.empty();
                    }
                    Row r = rows.iterator().next();
                    Object config = r.getValue("config");
                    JsonObject json = config instanceof JsonObject o ? o : new JsonObject(config.toString());
                    return Optional.of(new RunSpec(
                            r.getUUID("id"),
                            r.getString("workspace_id"),
                            r.getString("survey_id"),
                            json.mapTo(RunConfig.class)));
                });
    }

    /** The run's status; empty when it no longer exists. */
    public Uni<Optional<RunStatus>> status(UUID runId) {
        return pool.preparedQuery("SELECT status FROM segmentation_run WHERE id = $1")
                .execute(Tuple.of(runId))
                .map(rows -> rows.size() == 0
                        ? Optional.empty()
                        : Optional.of(RunStatus.valueOf(rows.iterator().next().getString(0))));
    }

    /** Phase and percent; a queued run starts running. Never moves a finished run, never lowers the percent. */
    public Uni<Void> progress(SqlClient client, UUID runId, RunPhase phase, int percent) {
        return client.preparedQuery("UPDATE segmentation_run SET phase = $2, percent = greatest(percent, $3), "
                        + "status = CASE WHEN status = $4 THEN $5 ELSE status END, "
                        + "started_at = coalesce(started_at, now()) WHERE id = $1 AND status = ANY($6)")
                .execute(Tuple.from(new Object[] {runId, phase.name(), percent, QUEUED, RUNNING, ACTIVE}))
                .replaceWithVoid();
    }

    public Uni<Void> progress(UUID runId, RunPhase phase, int percent) {
        return progress(pool, runId, phase, percent);
    }

    public Uni<Void> recordInput(
            SqlClient client, UUID runId, int respondents, int dropped, String fingerprint, String tribuoVersion) {
        return client.preparedQuery("UPDATE segmentation_run SET respondent_count = $2, dropped_count = $3, "
                        + "data_fingerprint = $4, tribuo_version = $5 WHERE id = $1")
                .execute(Tuple.of(runId, respondents, dropped, fingerprint, tribuoVersion))
                .replaceWithVoid();
    }

    /** Fails a waiting or running run with its error and cancels its remaining tasks. */
    public Uni<Void> fail(UUID runId, String error) {
        return pool.withTransaction(c -> c.preparedQuery("UPDATE segmentation_run SET status = $3, error = $2, "
                        + "finished_at = now() WHERE id = $1 AND status = ANY($4)")
                .execute(Tuple.of(runId, error, RunStatus.FAILED.name(), ACTIVE))
                .chain(() -> tasks.cancelUnfinished(c, runId)));
    }

    /** Cancels a waiting or running run and its waiting tasks; false when it had already finished. */
    public Uni<Boolean> cancel(UUID runId) {
        return pool.withTransaction(c -> c.preparedQuery("UPDATE segmentation_run SET status = $2, "
                        + "finished_at = now() WHERE id = $1 AND status = ANY($3)")
                .execute(Tuple.of(runId, RunStatus.CANCELLED.name(), ACTIVE))
                .chain(updated -> updated.rowCount() == 0
                        ? Uni.createFrom().item(false)
                        : tasks.cancelQueued(c, runId).replaceWith(true)));
    }

    /**
     * Marks a running run SUCCEEDED (phase DONE, 100%) in the caller's transaction; answers how long it ran in
     * seconds, or empty when it was no longer running.
     */
    public Uni<Optional<Double>> succeed(SqlConnection connection, UUID runId) {
        return connection
                .preparedQuery("UPDATE segmentation_run SET status = $2, phase = $3, "
                        + "percent = 100, finished_at = now() WHERE id = $1 AND status = $4 "
                        + "RETURNING extract(epoch FROM finished_at - started_at)")
                .execute(Tuple.of(runId, RunStatus.SUCCEEDED.name(), RunPhase.DONE.name(), RUNNING))
                .map(rows -> rows.size() == 0
                        ? Optional.empty()
                        : Optional.ofNullable(rows.iterator().next().getDouble(0)));
    }

    /** Stores the chosen solution's report and model (replacing an earlier choice's); the first recommendation stays. */
    public Uni<Void> storeSolution(
            SqlConnection connection,
            UUID runId,
            byte[] report,
            byte[] model,
            int chosenK,
            int recommendedK,
            String recommendationReason) {
        return connection
                .preparedQuery("UPDATE segmentation_run SET report = $2, model = $3, chosen_k = $4, "
                        + "recommended_k = coalesce(recommended_k, $5), recommendation_reason = coalesce(recommendation_reason, $6) "
                        + "WHERE id = $1")
                .execute(Tuple.from(new Object[] {
                    runId,
                    io.vertx.core.buffer.Buffer.buffer(report),
                    io.vertx.core.buffer.Buffer.buffer(model),
                    chosenK,
                    recommendedK,
                    recommendationReason
                }))
                .replaceWithVoid();
    }

    /** A transaction on the pool runs and tasks share (several tables changed at once). */
    public <T> Uni<T> inTransaction(java.util.function.Function<SqlConnection, Uni<T>> work) {
        return pool.withTransaction(work);
    }
}
