package org.psychograph.segmentation.pipeline;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.logging.Logger;
import org.psychograph.segmentation.repository.TaskRepository;

/**
 * Prometheus metrics of the job queue: its depth (sampled every 5 s on a thread of its own, so a scrape
 * never waits for the database) and how long runs take from claim to success or failure.
 */
@ApplicationScoped
public class JobMetrics {

    private static final Logger LOG = Logger.getLogger(JobMetrics.class);

    private final TaskRepository tasks;
    private final AtomicLong depth = new AtomicLong();
    private final Timer runDurations;
    private ScheduledExecutorService sampler;

    public JobMetrics(TaskRepository tasks, MeterRegistry registry) {
        this.tasks = tasks;
        Gauge.builder("psychograph.segmentation.queue.depth", depth, AtomicLong::get)
                .description("Segmentation tasks waiting to be claimed (or with an expired lease)")
                .register(registry);
        this.runDurations = Timer.builder("psychograph.segmentation.run.duration")
                .description("Time from a run's first claimed task to its end")
                .register(registry);
    }

    void start(@Observes StartupEvent event) {
        sampler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "queue-depth-sampler");
            t.setDaemon(true);
            return t;
        });
        sampler.scheduleWithFixedDelay(
                () -> {
                    try {
                        depth.set(tasks.depth().await().atMost(Duration.ofSeconds(30)));
                    } catch (RuntimeException e) {
                        LOG.debugf("queue depth not sampled: %s", e.getMessage());
                    }
                },
                1,
                5,
                TimeUnit.SECONDS);
    }

    void stop(@Observes ShutdownEvent event) {
        if (sampler != null) {
            sampler.shutdownNow();
        }
    }

    public void runFinished(Duration duration) {
        runDurations.record(duration);
    }
}
