package org.psychograph.segmentation.pipeline;

import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.psychograph.segmentation.config.WorkerConfig;

/**
 * The bounded pool the k-means fits run on (each fit single-threaded: concurrent fits scale better than
 * one multi-threaded fit). Never the event loop, never Quarkus' worker pool.
 */
@ApplicationScoped
public class FitPool {

    private final ExecutorService executor;

    public FitPool(WorkerConfig config) {
        int threads = config.fitThreads();
        int size = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
        AtomicInteger counter = new AtomicInteger();
        this.executor = Executors.newFixedThreadPool(size, r -> {
            Thread t = new Thread(r, "kmeans-fit-" + counter.incrementAndGet());
            t.setDaemon(true);
            // fits are batch work: at the lowest priority they take the CPU the API's requests leave
            // (nice 10 when the JVM runs with -XX:ThreadPriorityPolicy=1; docs/operations.md)
            t.setPriority(Thread.MIN_PRIORITY);
            return t;
        });
    }

    public ExecutorService executor() {
        return executor;
    }

    void stop(@Observes ShutdownEvent event) {
        executor.shutdownNow();
    }
}
