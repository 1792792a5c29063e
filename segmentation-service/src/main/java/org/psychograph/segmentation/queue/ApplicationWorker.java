package org.psychograph.segmentation.queue;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;
import org.psychograph.segmentation.config.WorkerConfig;
import org.psychograph.segmentation.error.RunRejected;
import org.psychograph.segmentation.model.ClaimedApplication;
import org.psychograph.segmentation.pipeline.ModelApplicationStep;
import org.psychograph.segmentation.repository.ApplicationRepository;

/**
 * Runs model applications (a stored model applied to a wave's respondents) on one low-priority thread of each
 * worker process. An application is one job, not split into tasks: placing a respondent is a few hundred
 * multiplications, so a million respondents take seconds, dominated by reading them from survey-service. The job is
 * durable the way segmentation tasks are: a lease renewed by a heartbeat, taken over by another worker when it
 * expires, failed for good after its last attempt.
 */
@ApplicationScoped
public class ApplicationWorker {

    private static final Logger LOG = Logger.getLogger(ApplicationWorker.class);
    private static final Duration WAIT = Duration.ofSeconds(30);

    private final ApplicationRepository applications;
    private final ModelApplicationStep step;
    private final WorkerConfig config;
    private final String owner = "applier-" + UUID.randomUUID().toString().substring(0, 8);
    private final Set<UUID> held = ConcurrentHashMap.newKeySet();
    private final Semaphore wakeUp = new Semaphore(0);
    private volatile boolean running;
    private Thread claimer;
    private ScheduledExecutorService heartbeat;

    public ApplicationWorker(ApplicationRepository applications, ModelApplicationStep step, WorkerConfig config) {
        this.applications = applications;
        this.step = step;
        this.config = config;
    }

    void start(@Observes StartupEvent event) {
        if (config.enabled()) {
            start();
        }
    }

    public synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        heartbeat = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, owner + "-heartbeat"));
        long beat = Math.max(1, config.lease().toMillis() / 3);
        heartbeat.scheduleWithFixedDelay(this::heartbeat, beat, beat, TimeUnit.MILLISECONDS);
        claimer = daemon(this::loop, owner + "-claimer");
        claimer.setPriority(Thread.MIN_PRIORITY);
        claimer.start();
    }

    /** Wakes the claimer at once (an application was just queued by this process). */
    public void wake() {
        wakeUp.release();
    }

    public synchronized void stop() {
        running = false;
        wakeUp.release();
        if (claimer != null) {
            try {
                claimer.join(config.lease().toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (heartbeat != null) {
            heartbeat.shutdownNow();
        }
    }

    void onStop(@Observes ShutdownEvent event) {
        stop();
    }

    private void loop() {
        while (running) {
            try {
                Optional<ClaimedApplication> claimed =
                        applications.claim(owner, config.lease()).await().atMost(WAIT);
                if (claimed.isPresent()) {
                    execute(claimed.get());
                } else {
                    wakeUp.tryAcquire(config.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                LOG.warnf("model applications: %s; retrying after the poll interval", e.getMessage());
                try {
                    Thread.sleep(config.pollInterval().toMillis());
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    private void execute(ClaimedApplication application) {
        held.add(application.id());
        try {
            ModelApplicationStep.Outcome outcome = step.apply(application);
            boolean stored = applications
                    .succeed(application, owner, outcome.placed(), outcome.unplaced(), outcome.report())
                    .await()
                    .atMost(Duration.ofMinutes(10));
            if (!stored) {
                LOG.infof("model application %s: lease lost to another worker; result discarded", application.id());
            }
        } catch (RunRejected e) {
            // the survey cannot be placed with this model (another workspace, other questions): no retry helps
            applications
                    .fail(application, owner, "VALIDATION " + e.getMessage(), true)
                    .await()
                    .atMost(WAIT);
        } catch (RuntimeException e) {
            boolean last = application.attempts() >= application.maxAttempts();
            String error = "attempt " + application.attempts() + " of " + application.maxAttempts() + " failed: "
                    + e.getMessage();
            LOG.warn("model application " + application.id() + ": " + error, e);
            applications.fail(application, owner, error, last).await().atMost(WAIT);
        } finally {
            held.remove(application.id());
        }
    }

    private void heartbeat() {
        try {
            applications.renew(owner, Set.copyOf(held), config.lease()).await().atMost(WAIT);
            applications.failAbandoned().await().atMost(WAIT);
        } catch (RuntimeException e) {
            LOG.warnf("model application heartbeat failed: %s", e.getMessage());
        }
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }
}
