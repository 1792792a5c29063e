package org.psychograph.segmentation.jobs;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.psychograph.segmentation.client.PersonaNotifier;

/**
 * Delivers outbox events (RunSucceeded) to persona-service. Each due event is taken with SKIP LOCKED (so
 * several instances never deliver the same event at once), sent, and marked delivered; a failed delivery
 * waits with exponential backoff (capped) and is tried again, never dropped.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final Duration WAIT = Duration.ofSeconds(30);

    private final Pool pool;
    private final PersonaNotifier personas;
    private final boolean enabled;
    private final Duration interval;
    private final Duration maxBackoff;
    private ScheduledExecutorService scheduler;

    public OutboxRelay(Pool pool, PersonaNotifier personas,
            @ConfigProperty(name = "psychograph.outbox.enabled") boolean enabled,
            @ConfigProperty(name = "psychograph.outbox.interval") Duration interval,
            @ConfigProperty(name = "psychograph.outbox.max-backoff") Duration maxBackoff) {
        this.pool = pool;
        this.personas = personas;
        this.enabled = enabled;
        this.interval = interval;
        this.maxBackoff = maxBackoff;
    }

    void start(@Observes StartupEvent event) {
        if (!enabled || !personas.configured()) {
            LOG.info("outbox relay off (psychograph.outbox.enabled=false or no persona-service URL)");
            return;
        }
        scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "outbox-relay");
            t.setDaemon(true);
            return t;
        });
        scheduler.scheduleWithFixedDelay(this::deliverDue, interval.toMillis(), interval.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent event) {
        if (scheduler != null) {
            scheduler.shutdownNow();
        }
    }

    /** Delivers every event that is due; returns how many were delivered. */
    public int deliverDue() {
        int delivered = 0;
        try {
            while (deliverOne()) {
                delivered++;
            }
        } catch (RuntimeException e) {
            LOG.warnf("outbox relay: %s", e.getMessage());
        }
        return delivered;
    }

    /**
     * Takes one due event by pushing its next attempt a minute ahead (a lease: if this instance dies while
     * sending, another one sends it after that minute), sends it outside any transaction, then records
     * the outcome.
     */
    private boolean deliverOne() {
        var rows = pool.query("UPDATE outbox_event SET next_attempt_at = now() + interval '60 seconds' "
                + "WHERE id = (SELECT id FROM outbox_event WHERE delivered_at IS NULL AND next_attempt_at <= now() "
                + "ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED) RETURNING id, run_id, attempts")
                .execute().await().atMost(WAIT);
        if (rows.size() == 0) {
            return false;
        }
        Row event = rows.iterator().next();
        long id = event.getLong("id");
        int attempts = event.getInteger("attempts") + 1;
        String error = send(event.getUUID("run_id").toString());
        if (error == null) {
            pool.preparedQuery("UPDATE outbox_event SET delivered_at = now(), attempts = $2, last_error = NULL "
                    + "WHERE id = $1").execute(Tuple.of(id, attempts)).await().atMost(WAIT);
            return true;
        }
        pool.preparedQuery("UPDATE outbox_event SET attempts = $2, last_error = $3, "
                + "next_attempt_at = now() + make_interval(secs => $4) WHERE id = $1")
                .execute(Tuple.of(id, attempts, error, backoffSeconds(attempts))).await().atMost(WAIT);
        return false;
    }

    /** Sends one event; returns null on success or the error. */
    private String send(String runId) {
        try {
            personas.runSucceeded(runId);
            LOG.infof("RunSucceeded(%s) delivered to persona-service", runId);
            return null;
        } catch (Exception e) {
            LOG.infof("RunSucceeded(%s) not delivered (%s); will retry", runId, e.getMessage());
            return String.valueOf(e.getMessage());
        }
    }

    double backoffSeconds(int attempts) {
        return Math.min(maxBackoff.toSeconds(), Math.pow(2, Math.min(attempts, 20)));
    }
}
