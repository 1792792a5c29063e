package org.psychograph.segmentation.repository;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.psychograph.segmentation.model.PersonaDelivery;
import org.psychograph.segmentation.model.PersonaDeliveryStatus;

/**
 * The outbox's SQL: taking a due event with a lease, recording its outcome, and reading the latest event of
 * runs for {@code Run.personaDelivery}. A RunSucceeded event is written in the transaction that ends the run.
 */
@ApplicationScoped
public class OutboxRepository {

    private static final Duration WAIT = Duration.ofSeconds(30);

    /** A taken event: its id, run and the attempts made before this one. */
    public record DueEvent(long id, UUID runId, int attempts) {}

    /** The event a succeeded run announces (the outbox's only type so far). */
    public static final String RUN_SUCCEEDED = "RunSucceeded";

    private final Pool pool;

    public OutboxRepository(Pool pool) {
        this.pool = pool;
    }

    /** Writes a run's RunSucceeded event in the caller's transaction and wakes the relays when it commits. */
    public Uni<Void> runSucceeded(SqlConnection connection, UUID runId, String workspaceId) {
        return connection
                .preparedQuery("INSERT INTO outbox_event (run_id, workspace_id, type) VALUES ($1, $2, $3)")
                .execute(Tuple.of(runId, workspaceId, RUN_SUCCEEDED))
                .chain(() -> connection
                        .preparedQuery("SELECT pg_notify('segmentation_outbox', $1)")
                        .execute(Tuple.of(runId.toString())))
                .replaceWithVoid();
    }

    /**
     * Takes the oldest due event by pushing its next attempt a minute ahead (a lease: if this instance dies
     * while sending, another one sends it after that minute). Events taken before it in this pass are skipped
     * by {@code afterId}, so one failing event never hides the ones behind it.
     */
    public Optional<DueEvent> takeDue(long afterId) {
        var rows = pool.preparedQuery("UPDATE outbox_event SET next_attempt_at = now() + interval '60 seconds' "
                        + "WHERE id = (SELECT id FROM outbox_event WHERE delivered_at IS NULL AND failed_at IS NULL "
                        + "AND next_attempt_at <= now() AND id > $1 ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED) "
                        + "RETURNING id, run_id, attempts")
                .execute(Tuple.of(afterId))
                .await()
                .atMost(WAIT);
        if (rows.size() == 0) {
            return Optional.empty();
        }
        Row row = rows.iterator().next();
        return Optional.of(new DueEvent(row.getLong("id"), row.getUUID("run_id"), row.getInteger("attempts")));
    }

    public void delivered(long id, int attempts) {
        pool.preparedQuery(
                        "UPDATE outbox_event SET delivered_at = now(), attempts = $2, last_error = NULL WHERE id = $1")
                .execute(Tuple.of(id, attempts))
                .await()
                .atMost(WAIT);
    }

    public void retryLater(long id, int attempts, String error, double delaySeconds) {
        pool.preparedQuery("UPDATE outbox_event SET attempts = $2, last_error = $3, "
                        + "next_attempt_at = now() + make_interval(secs => $4) WHERE id = $1")
                .execute(Tuple.of(id, attempts, error, delaySeconds))
                .await()
                .atMost(WAIT);
    }

    public void giveUp(long id, int attempts, String error) {
        pool.preparedQuery("UPDATE outbox_event SET attempts = $2, last_error = $3, failed_at = now() WHERE id = $1")
                .execute(Tuple.of(id, attempts, error))
                .await()
                .atMost(WAIT);
    }

    /** The latest event's state per run (runs without an event are absent). */
    public Uni<Map<UUID, PersonaDelivery>> latestOf(List<UUID> runIds) {
        if (runIds.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return pool.preparedQuery("SELECT DISTINCT ON (run_id) run_id, attempts, last_error, delivered_at, failed_at "
                        + "FROM outbox_event WHERE run_id = ANY($1) ORDER BY run_id, id DESC")
                .execute(Tuple.of(runIds.toArray(UUID[]::new)))
                .map(rows -> {
                    Map<UUID, PersonaDelivery> byRun = new HashMap<>();
                    for (Row row : rows) {
                        PersonaDeliveryStatus status = row.getOffsetDateTime("delivered_at") != null
                                ? PersonaDeliveryStatus.DELIVERED
                                : row.getOffsetDateTime("failed_at") != null
                                        ? PersonaDeliveryStatus.FAILED
                                        : PersonaDeliveryStatus.PENDING;
                        byRun.put(
                                row.getUUID("run_id"),
                                new PersonaDelivery(
                                        status,
                                        row.getInteger("attempts"),
                                        row.getString("last_error"),
                                        row.getOffsetDateTime("delivered_at")));
                    }
                    return byRun;
                });
    }
}
