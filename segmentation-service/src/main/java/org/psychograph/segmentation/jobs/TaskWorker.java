package org.psychograph.segmentation.jobs;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.context.Scope;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.pgclient.pubsub.PgSubscriber;
import io.vertx.pgclient.PgConnectOptions;
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
import org.psychograph.segmentation.clustering.SegmentationCancelledException;
import org.psychograph.segmentation.config.DatasourceConfig;
import org.psychograph.segmentation.config.WorkerConfig;
import org.psychograph.segmentation.error.RunRejected;

/**
 * A segmentation worker: claims tasks from the queue and runs them, on its own threads. Idle claimers
 * sleep until PostgreSQL notifies a new task (LISTEN on {@link TaskQueue#CHANNEL}) or the slow poll
 * fires; leases are renewed by a heartbeat while a task runs. Enabled in-process by default (local runs,
 * tests) and in the {@code worker} profile; an API-only deployment turns it off.
 */
@ApplicationScoped
public class TaskWorker {

    private static final Logger LOG = Logger.getLogger(TaskWorker.class);

    private final TaskQueue queue;
    private final TaskRunner runner;
    private final RunState runs;
    private final Vertx vertx;
    private final WorkerConfig config;
    private final DatasourceConfig datasource;
    private final TaskTracing tracing;
    private final String owner = "worker-" + UUID.randomUUID().toString().substring(0, 8);
    private final Set<Long> held = ConcurrentHashMap.newKeySet();
    private final Semaphore wakeUp = new Semaphore(0);
    private volatile boolean running;
    private final java.util.List<Thread> claimers = new java.util.concurrent.CopyOnWriteArrayList<>();
    private ScheduledExecutorService scheduler;
    private PgSubscriber subscriber;

    public TaskWorker(TaskQueue queue, TaskRunner runner, RunState runs, Vertx vertx, WorkerConfig config,
            DatasourceConfig datasource, TaskTracing tracing) {
        this.datasource = datasource;
        this.tracing = tracing;
        this.queue = queue;
        this.runner = runner;
        this.runs = runs;
        this.vertx = vertx;
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
        scheduler = Executors.newScheduledThreadPool(1, r -> daemon(r, owner + "-heartbeat"));
        long beat = Math.max(1, config.lease().toMillis() / 3);
        scheduler.scheduleWithFixedDelay(this::heartbeat, beat, beat, TimeUnit.MILLISECONDS);
        listen();
        for (int i = 0; i < config.concurrency(); i++) {
            Thread claimer = daemon(this::loop, owner + "-claimer-" + i);
            claimers.add(claimer);
            claimer.start();
        }
        LOG.infof("segmentation worker %s started: %d claimers, lease %s", owner, config.concurrency(), config.lease());
    }

    /**
     * Stops claiming and waits (up to one lease) for the tasks in progress to finish; if the JVM dies
     * instead, they are re-claimed by other workers when their lease expires.
     */
    public synchronized void stop() {
        running = false;
        wakeUp.release(config.concurrency());
        for (Thread claimer : claimers) {
            try {
                claimer.join(config.lease().toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        claimers.clear();
        if (scheduler != null) {
            scheduler.shutdownNow();
        }
        if (subscriber != null) {
            subscriber.closeAndForget();
        }
    }

    void onStop(@Observes ShutdownEvent event) {
        stop();
    }

    private void loop() {
        while (running) {
            try {
                Optional<ClaimedTask> claimed = queue.claim(owner, config.lease());
                if (claimed.isPresent()) {
                    execute(claimed.get());
                } else {
                    wakeUp.tryAcquire(config.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                LOG.warnf("worker %s: %s; retrying after the poll interval", owner, e.getMessage());
                sleep(config.pollInterval());
            }
        }
    }

    private void execute(ClaimedTask task) {
        held.add(task.id());
        Span span = tracing.startTaskSpan(task);
        try (Scope scope = span.makeCurrent()) {
            if (runs.stopped(task.runId())) {
                queue.cancelled(task, owner);
                return;
            }
            CancellationCheck cancelled = new CancellationCheck(runs, task.runId());
            TaskRunner.Outcome outcome = runner.run(task, cancelled);
            if (!queue.complete(task, owner, outcome.result(), outcome.followUp())) {
                LOG.infof("task %d: lease lost to another worker; result discarded", task.id());
            }
        } catch (SegmentationCancelledException e) {
            queue.cancelled(task, owner);
        } catch (RunRejected e) {
            queue.failAttempt(new ClaimedTask(task.id(), task.runId(), task.kind(), task.k(), task.rangeFrom(),
                    task.rangeTo(), task.maxAttempts(), task.maxAttempts(), task.traceParent()), owner, e.getMessage());
            runs.fail(task.runId(), "VALIDATION " + e.getMessage());
        } catch (RuntimeException e) {
            TaskTracing.failed(span, e);
            String error = task.kind() + " task failed on attempt " + task.attempts() + " of " + task.maxAttempts()
                    + ": " + e;
            LOG.warn(error, e);
            if (queue.failAttempt(task, owner, error)) {
                runs.fail(task.runId(), error);
            }
        } finally {
            span.end();
            held.remove(task.id());
        }
    }

    /** Renews this worker's leases and fails tasks whose worker died on their last attempt. */
    private void heartbeat() {
        try {
            queue.heartbeat(owner, Set.copyOf(held), config.lease());
            queue.failAbandoned().forEach(run -> runs.fail(run,
                    "a task was abandoned by its worker on every attempt (lease expired)"));
        } catch (RuntimeException e) {
            LOG.warnf("heartbeat failed: %s", e.getMessage());
        }
    }

    /** LISTEN on its own connection, reconnecting; every (re)connection triggers a scan (notifications sent while disconnected are lost). */
    private void listen() {
        PgConnectOptions options = listenOptions();
        if (options == null) {
            return;
        }
        subscriber = PgSubscriber.subscriber(vertx, options);
        subscriber.reconnectPolicy(retries -> 1000L);
        subscriber.channel(TaskQueue.CHANNEL).handler(payload -> wakeUp.release(config.concurrency()))
                .subscribeHandler(() -> wakeUp.release(config.concurrency()));
        subscriber.connect().subscribe().with(ok -> LOG.debug("listening for new tasks"),
                failure -> LOG.warnf("LISTEN failed (%s); polling every %s", failure.getMessage(), config.pollInterval()));
    }

    /** Connection options for the LISTEN connection, from the service's own datasource URL; null without one. */
    private PgConnectOptions listenOptions() {
        if (datasource.reactive().url().isEmpty()) {
            return null;
        }
        String url = datasource.reactive().url().get().replaceFirst("^vertx-reactive:", "");
        PgConnectOptions options = PgConnectOptions.fromUri(url);
        datasource.username().ifPresent(options::setUser);
        datasource.password().ifPresent(options::setPassword);
        return options;
    }

    public String owner() {
        return owner;
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Asks the database whether the run was stopped, at most every half second. */
    static final class CancellationCheck implements java.util.function.BooleanSupplier {
        private final RunState runs;
        private final UUID runId;
        private long nextCheck;
        private boolean stopped;

        CancellationCheck(RunState runs, UUID runId) {
            this.runs = runs;
            this.runId = runId;
        }

        @Override
        public synchronized boolean getAsBoolean() {
            long now = System.nanoTime();
            if (!stopped && now >= nextCheck) {
                stopped = runs.stopped(runId);
                nextCheck = now + 500_000_000L;
            }
            return stopped;
        }
    }
}
