package org.psychograph.segmentation.queue;

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
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;
import org.psychograph.segmentation.clustering.SegmentationCancelledException;
import org.psychograph.segmentation.config.DatasourceConfig;
import org.psychograph.segmentation.config.WorkerConfig;
import org.psychograph.segmentation.error.RunRejected;
import org.psychograph.segmentation.model.ClaimedTask;
import org.psychograph.segmentation.pipeline.TaskOutcome;
import org.psychograph.segmentation.pipeline.TaskPipeline;
import org.psychograph.segmentation.repository.TaskRepository;

/**
 * A segmentation worker: claims tasks from the queue and runs them through the pipeline, on its own threads. Idle
 * claimers sleep until PostgreSQL notifies a new task (LISTEN on {@link TaskRepository#CHANNEL}) or the slow poll
 * fires; leases are renewed by a heartbeat while a task runs. Enabled in-process by default (local runs, tests)
 * and in the {@code worker} profile; an API-only deployment turns it off.
 */
@ApplicationScoped
public class TaskWorker {

    private static final Logger LOG = Logger.getLogger(TaskWorker.class);

    private final TaskQueue queue;
    private final TaskPipeline pipeline;
    private final Vertx vertx;
    private final WorkerConfig config;
    private final DatasourceConfig datasource;
    private final TaskTracing tracing;
    private final String owner = "worker-" + UUID.randomUUID().toString().substring(0, 8);
    private final Set<Long> held = ConcurrentHashMap.newKeySet();
    private final Semaphore wakeUp = new Semaphore(0);
    private final List<Thread> claimers = new CopyOnWriteArrayList<>();
    private volatile boolean running;
    private ScheduledExecutorService scheduler;
    private PgSubscriber subscriber;

    public TaskWorker(
            TaskQueue queue,
            TaskPipeline pipeline,
            Vertx vertx,
            WorkerConfig config,
            DatasourceConfig datasource,
            TaskTracing tracing) {
        this.queue = queue;
        this.pipeline = pipeline;
        this.vertx = vertx;
        this.config = config;
        this.datasource = datasource;
        this.tracing = tracing;
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
            // a claimer runs its tasks: batch work, at the lowest priority (as the fits); the heartbeat keeps
            // normal priority so that leases are renewed on time however busy the node is
            claimer.setPriority(Thread.MIN_PRIORITY);
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
            if (queue.stopped(task.runId())) {
                queue.cancelled(task, owner);
                return;
            }
            TaskOutcome outcome = pipeline.run(task, new CancellationCheck(queue, task));
            if (!queue.complete(task, owner, outcome.result(), outcome.followUp())) {
                LOG.infof(
                        "task %d: no longer held (lease lost, or the task was cancelled); result discarded", task.id());
            }
        } catch (SegmentationCancelledException e) {
            queue.cancelled(task, owner);
        } catch (RunRejected e) {
            queue.reject(task, owner, e);
        } catch (RuntimeException e) {
            TaskTracing.failed(span, e);
            String error =
                    task.kind() + " task failed on attempt " + task.attempts() + " of " + task.maxAttempts() + ": " + e;
            LOG.warn(error, e);
            queue.failAttempt(task, owner, error);
        } finally {
            span.end();
            held.remove(task.id());
        }
    }

    /** Renews this worker's leases and fails tasks (and runs) whose worker died on their last attempt. */
    private void heartbeat() {
        try {
            queue.heartbeat(owner, Set.copyOf(held), config.lease());
            queue.failAbandoned();
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
        subscriber
                .channel(TaskRepository.CHANNEL)
                .handler(payload -> wakeUp.release(config.concurrency()))
                .subscribeHandler(() -> wakeUp.release(config.concurrency()));
        subscriber
                .connect()
                .subscribe()
                .with(
                        ok -> LOG.debug("listening for new tasks"),
                        failure -> LOG.warnf(
                                "LISTEN failed (%s); polling every %s", failure.getMessage(), config.pollInterval()));
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
}
