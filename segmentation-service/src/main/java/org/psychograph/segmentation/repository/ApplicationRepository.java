package org.psychograph.segmentation.repository;

import io.smallrye.mutiny.Uni;
import io.vertx.core.buffer.Buffer;
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
import java.util.Set;
import java.util.UUID;
import org.psychograph.segmentation.model.ApplicationStatus;
import org.psychograph.segmentation.model.ClaimedApplication;
import org.psychograph.segmentation.model.ModelApplication;
import org.psychograph.segmentation.model.PlacementColumns;
import org.psychograph.segmentation.model.RespondentAssignment;

/**
 * Model applications ({@code model_application}) and their placements ({@code applied_assignment}), in plain SQL:
 * the same lease-based claiming as the task queue ({@code FOR UPDATE SKIP LOCKED}), and placements written in
 * bulk in the transaction that marks the application SUCCEEDED, so a reader never sees half of them.
 */
@ApplicationScoped
public class ApplicationRepository {

    /** Rows per INSERT, as for a run's assignments. */
    static final int BATCH = 10_000;

    private static final String COLUMNS = "id, run_id, workspace_id, survey_id, survey_title, created_by, status, "
            + "attempts, error, placed_count, unplaced_count, report, created_at, started_at, finished_at";
    private static final String QUEUED = ApplicationStatus.QUEUED.name();
    private static final String RUNNING = ApplicationStatus.RUNNING.name();

    private final Pool pool;

    public ApplicationRepository(Pool pool) {
        this.pool = pool;
    }

    /** Queues an application and wakes idle workers when it commits. */
    public Uni<UUID> create(
            UUID runId, String workspaceId, String surveyId, String surveyTitle, String createdBy, int maxAttempts) {
        UUID id = UUID.randomUUID();
        return pool.withTransaction(c -> c.preparedQuery("INSERT INTO model_application (id, run_id, workspace_id, "
                                + "survey_id, survey_title, created_by, status, max_attempts) "
                                + "VALUES ($1, $2, $3, $4, $5, $6, $7, $8)")
                        .execute(Tuple.from(new Object[] {
                            id, runId, workspaceId, surveyId, surveyTitle, createdBy, QUEUED, maxAttempts
                        }))
                        .chain(() -> c.preparedQuery("SELECT pg_notify($1, $2)")
                                .execute(Tuple.of(TaskRepository.CHANNEL, id.toString()))))
                .replaceWith(id);
    }

    /** An application of one of {@code workspaces}, if any. */
    public Uni<Optional<ModelApplication>> find(UUID id, Set<String> workspaces) {
        return pool.preparedQuery(
                        "SELECT " + COLUMNS + " FROM model_application WHERE id = $1 AND workspace_id = ANY($2)")
                .execute(Tuple.of(id, workspaces.toArray(String[]::new)))
                .map(rows -> rows.size() == 0
                        ? Optional.empty()
                        : Optional.of(of(rows.iterator().next())));
    }

    /** A run's applications, newest first. */
    public Uni<List<ModelApplication>> ofRun(UUID runId) {
        return pool.preparedQuery("SELECT " + COLUMNS
                        + " FROM model_application WHERE run_id = $1 ORDER BY created_at DESC, id DESC")
                .execute(Tuple.of(runId))
                .map(rows -> {
                    List<ModelApplication> all = new ArrayList<>();
                    rows.forEach(r -> all.add(of(r)));
                    return all;
                });
    }

    /** Takes the lease of a queued application, or of one whose worker's lease expired, oldest first. */
    public Uni<Optional<ClaimedApplication>> claim(String owner, Duration lease) {
        return pool.preparedQuery("WITH next AS (SELECT id FROM model_application "
                        + "WHERE (status = '" + QUEUED + "' OR (status = '" + RUNNING + "' AND lease_until < now())) "
                        + "AND attempts < max_attempts ORDER BY created_at FOR UPDATE SKIP LOCKED LIMIT 1) "
                        + "UPDATE model_application a SET status = '" + RUNNING + "', lease_owner = $1, "
                        + "lease_until = now() + make_interval(secs => $2), attempts = a.attempts + 1, "
                        + "started_at = coalesce(a.started_at, now()) FROM next WHERE a.id = next.id "
                        + "RETURNING a.id, a.run_id, a.workspace_id, a.survey_id, a.attempts, a.max_attempts")
                .execute(Tuple.of(owner, (double) lease.toSeconds()))
                .map(rows -> {
                    if (rows.size() == 0) {
                        return Optional.empty();
                    }
                    Row r = rows.iterator().next();
                    return Optional.of(new ClaimedApplication(
                            r.getUUID(0),
                            r.getUUID(1),
                            r.getString(2),
                            r.getString(3),
                            r.getInteger(4),
                            r.getInteger(5)));
                });
    }

    /** Renews the leases an owner holds. */
    public Uni<Integer> renew(String owner, Collection<UUID> ids, Duration lease) {
        if (ids.isEmpty()) {
            return Uni.createFrom().item(0);
        }
        return pool.preparedQuery("UPDATE model_application SET lease_until = now() + make_interval(secs => $3) "
                        + "WHERE id = ANY($1) AND lease_owner = $2 AND status = $4")
                .execute(Tuple.of(ids.toArray(UUID[]::new), owner, (double) lease.toSeconds(), RUNNING))
                .map(rows -> rows.rowCount());
    }

    /**
     * Stores the placements and the report and marks the application SUCCEEDED, all in one transaction (placements
     * of an earlier, abandoned attempt are replaced). False when the lease was lost to another worker.
     */
    public Uni<Boolean> succeed(
            ClaimedApplication application, String owner, PlacementColumns placed, int unplaced, byte[] report) {
        return pool.withTransaction(c -> c.preparedQuery(
                        "UPDATE model_application SET status = $3, lease_until = NULL, "
                                + "placed_count = $4, unplaced_count = $5, report = $6, error = NULL, "
                                + "finished_at = now() WHERE id = $1 AND lease_owner = $2 AND status = $7")
                .execute(Tuple.from(new Object[] {
                    application.id(),
                    owner,
                    ApplicationStatus.SUCCEEDED.name(),
                    placed.size(),
                    unplaced,
                    Buffer.buffer(report),
                    RUNNING
                }))
                .chain(updated -> updated.rowCount() == 0
                        ? Uni.createFrom().item(false)
                        : replacePlacements(c, application.id(), placed).replaceWith(true)));
    }

    /** A failed attempt: back to the queue, or FAILED with its reason after the last one ({@code last}). */
    public Uni<Void> fail(ClaimedApplication application, String owner, String error, boolean last) {
        return pool.preparedQuery("UPDATE model_application SET status = $3, error = $4, lease_owner = NULL, "
                        + "lease_until = NULL, finished_at = CASE WHEN $5 THEN now() END "
                        + "WHERE id = $1 AND lease_owner = $2")
                .execute(Tuple.from(new Object[] {
                    application.id(), owner, last ? ApplicationStatus.FAILED.name() : QUEUED, error, last
                }))
                .replaceWithVoid();
    }

    /** Fails applications whose worker died on their last attempt. */
    public Uni<Integer> failAbandoned() {
        return pool.preparedQuery("UPDATE model_application SET status = $1, finished_at = now(), "
                        + "error = 'the worker stopped responding (lease expired) on each of ' || attempts || ' attempts' "
                        + "WHERE status = $2 AND lease_until < now() AND attempts >= max_attempts")
                .execute(Tuple.of(ApplicationStatus.FAILED.name(), RUNNING))
                .map(rows -> rows.rowCount());
    }

    private static Uni<Void> replacePlacements(SqlConnection c, UUID applicationId, PlacementColumns placed) {
        Uni<Void> chain = c.preparedQuery("DELETE FROM applied_assignment WHERE application_id = $1")
                .execute(Tuple.of(applicationId))
                .replaceWithVoid();
        for (int from = 0; from < placed.size(); from += BATCH) {
            int start = from;
            int end = Math.min(placed.size(), from + BATCH);
            chain = chain.chain(() -> insert(c, applicationId, placed, start, end));
        }
        return chain;
    }

    private static Uni<Void> insert(SqlConnection c, UUID applicationId, PlacementColumns placed, int from, int to) {
        int n = to - from;
        Integer[] rows = new Integer[n];
        String[] ids = new String[n];
        Integer[] segments = new Integer[n];
        Double[] distances = new Double[n];
        Double[] margins = new Double[n];
        for (int i = 0; i < n; i++) {
            rows[i] = from + i;
            ids[i] = placed.id(from + i);
            segments[i] = placed.segment(from + i) + 1;
            distances[i] = placed.distance(from + i);
            margins[i] = PlacementRows.storedMargin(placed.margin(from + i));
        }
        return PlacementRows.insert(
                c, "applied_assignment", "application_id", applicationId, rows, ids, segments, distances, margins);
    }

    /** Up to {@code limit} placements after row {@code afterRow}, in row order (segments 1-based). */
    public Uni<List<RespondentAssignment>> page(UUID applicationId, int afterRow, int limit) {
        return pool.preparedQuery("SELECT row_no, respondent_id, segment, distance, margin FROM applied_assignment "
                        + "WHERE application_id = $1 AND row_no > $2 ORDER BY row_no LIMIT $3")
                .execute(Tuple.of(applicationId, afterRow, limit))
                .map(PlacementRows::read);
    }

    /** The stored model of a SUCCEEDED run, if it has one. */
    public Uni<Optional<byte[]>> model(UUID runId) {
        return pool.preparedQuery("SELECT model FROM segmentation_run WHERE id = $1 AND status = 'SUCCEEDED'")
                .execute(Tuple.of(runId))
                .map(rows -> {
                    if (rows.size() == 0) {
                        return Optional.<byte[]>empty();
                    }
                    io.vertx.mutiny.core.buffer.Buffer model =
                            rows.iterator().next().getBuffer(0);
                    return model == null ? Optional.<byte[]>empty() : Optional.of(model.getBytes());
                });
    }

    private static ModelApplication of(Row r) {
        io.vertx.mutiny.core.buffer.Buffer report = r.getBuffer("report");
        return new ModelApplication(
                r.getUUID("id"),
                r.getUUID("run_id"),
                r.getString("workspace_id"),
                r.getString("survey_id"),
                r.getString("survey_title"),
                r.getString("created_by"),
                ApplicationStatus.valueOf(r.getString("status")),
                r.getInteger("attempts"),
                r.getString("error"),
                r.getInteger("placed_count"),
                r.getInteger("unplaced_count"),
                report == null ? null : report.getBytes(),
                r.getOffsetDateTime("created_at"),
                r.getOffsetDateTime("started_at"),
                r.getOffsetDateTime("finished_at"));
    }
}
