package org.psychograph.segmentation.outbox;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.ScheduledExecution;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.jboss.logging.Logger;
import org.psychograph.segmentation.client.PersonaNotifier;
import org.psychograph.segmentation.client.PersonaRefusal;
import org.psychograph.segmentation.config.OutboxConfig;
import org.psychograph.segmentation.repository.OutboxRepository;
import org.psychograph.segmentation.repository.OutboxRepository.DueEvent;

/**
 * Delivers outbox events (RunSucceeded) to persona-service. Each due event is taken with SKIP LOCKED (so
 * several instances never deliver the same event at once), sent, and marked delivered. An event is isolated
 * from the others: a failed one waits with exponential backoff (capped) while the relay goes on with the next;
 * one that persona-service refuses for good (VALIDATION: the run cannot be turned into personas) or that has
 * failed {@code psychograph.outbox.max-attempts} times is given up (FAILED, with its reason, in
 * {@code Run.personaDelivery}). Only when persona-service itself is down (the breaker open) does a pass stop early.
 *
 * <p>A pass runs every {@code psychograph.outbox.interval} on a worker thread (Quarkus scheduler); a pass still
 * running when the next is due makes that one skip, and passes are skipped altogether where the relay is off
 * ({@code psychograph.outbox.enabled=false}, as in worker processes, or no persona-service URL).
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    private final OutboxRepository outbox;
    private final PersonaNotifier personas;
    private final boolean enabled;
    private final Duration interval;
    private final Duration maxBackoff;
    private final int maxAttempts;

    public OutboxRelay(OutboxRepository outbox, PersonaNotifier personas, OutboxConfig config) {
        this.outbox = outbox;
        this.personas = personas;
        this.enabled = config.enabled();
        this.interval = config.interval();
        this.maxBackoff = config.maxBackoff();
        this.maxAttempts = config.maxAttempts();
    }

    void start(@Observes StartupEvent event) {
        if (!on()) {
            LOG.info("outbox relay off (psychograph.outbox.enabled=false or no persona-service URL)");
        }
    }

    boolean on() {
        return enabled && personas.configured();
    }

    @Scheduled(
            identity = "outbox-relay",
            every = "${psychograph.outbox.interval}",
            delayed = "${psychograph.outbox.interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = WhenOff.class)
    void pass() {
        deliverDue();
    }

    /** Skips the relay's passes where it is off. */
    @Singleton
    static class WhenOff implements Scheduled.SkipPredicate {

        private final OutboxRelay relay;

        WhenOff(OutboxRelay relay) {
            this.relay = relay;
        }

        @Override
        public boolean test(ScheduledExecution execution) {
            return !relay.on();
        }
    }

    /** One pass over every due event, oldest first; returns how many were delivered. */
    public int deliverDue() {
        int delivered = 0;
        long after = 0;
        try {
            Optional<DueEvent> next;
            while ((next = outbox.takeDue(after)).isPresent()) {
                DueEvent event = next.get();
                after = event.id();
                Outcome outcome = deliver(event);
                if (outcome == Outcome.DELIVERED) {
                    delivered++;
                } else if (outcome == Outcome.DOWNSTREAM_DOWN) {
                    break;
                }
            }
        } catch (RuntimeException e) {
            LOG.warnf("outbox relay: %s", e.getMessage());
        }
        return delivered;
    }

    private enum Outcome {
        DELIVERED,
        FAILED,
        DOWNSTREAM_DOWN
    }

    /** Sends one taken event outside any transaction and records the outcome. */
    private Outcome deliver(DueEvent event) {
        int attempts = event.attempts() + 1;
        String runId = event.runId().toString();
        try {
            personas.runSucceeded(runId);
            outbox.delivered(event.id(), attempts);
            LOG.infof("RunSucceeded(%s) delivered to persona-service", runId);
            return Outcome.DELIVERED;
        } catch (PersonaRefusal refusal) {
            String reason = "persona-service refused the run: " + refusal.getMessage();
            if (refusal.isFinal()) {
                outbox.giveUp(event.id(), attempts, reason);
                LOG.warnf("RunSucceeded(%s) given up: %s", runId, reason);
                return Outcome.FAILED;
            }
            failed(event, attempts, reason);
            return Outcome.FAILED;
        } catch (CircuitBreakerOpenException e) {
            // not an attempt: persona-service is known to be down, so nothing was sent
            outbox.retryLater(
                    event.id(),
                    event.attempts(),
                    "persona-service unavailable (circuit breaker open)",
                    backoffSeconds(Math.max(1, event.attempts())));
            return Outcome.DOWNSTREAM_DOWN;
        } catch (Exception e) {
            failed(event, attempts, "persona-service did not answer: " + e.getMessage());
            return Outcome.FAILED;
        }
    }

    private void failed(DueEvent event, int attempts, String reason) {
        if (attempts >= maxAttempts) {
            outbox.giveUp(event.id(), attempts, reason + " (given up after " + attempts + " attempts)");
            LOG.warnf("RunSucceeded(%s) given up after %d attempts: %s", event.runId(), attempts, reason);
        } else {
            outbox.retryLater(event.id(), attempts, reason, backoffSeconds(attempts));
            LOG.infof("RunSucceeded(%s) not delivered (%s); will retry", event.runId(), reason);
        }
    }

    double backoffSeconds(int attempts) {
        return Math.min(maxBackoff.toSeconds(), Math.pow(2, Math.min(attempts, 20)));
    }
}
