package org.psychograph.survey.importing;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import org.psychograph.survey.config.ImportLimits;

/**
 * The threads an import reads, codes and writes on: one per import slot, at the lowest Java priority.
 *
 * <p>An import is batch work; a read is someone waiting. On a node whose cores are all busy, the operating
 * system's scheduler shares them by priority, so imports at a low priority take the cycles that reads leave and
 * never make a read wait behind them. Java priorities reach the operating system only when the JVM is started
 * with {@code -XX:ThreadPriorityPolicy=1 -XX:JavaPriority1_To_OSPriority=10} (the main job and the images do;
 * docs/operations.md); without those flags the threads run at normal priority, as every thread did before.
 * Lowering a thread's priority needs no privilege; raising it back would, which is why these threads stay low
 * and are never lent to other work.
 */
@ApplicationScoped
public class ImportThreads {

    private final ExecutorService threads;

    @Inject
    public ImportThreads(ImportLimits limits) {
        this(Math.max(1, limits.maxConcurrent()));
    }

    ImportThreads(int count) {
        AtomicInteger next = new AtomicInteger();
        ThreadFactory factory = work -> {
            Thread thread = new Thread(work, "import-" + next.incrementAndGet());
            thread.setDaemon(true);
            thread.setPriority(Thread.MIN_PRIORITY);
            return thread;
        };
        // as many threads as slots: an import holds its slot until its work here is done, so none waits for a thread
        this.threads = Executors.newFixedThreadPool(count, factory);
    }

    /**
     * Does {@code work} on an import thread and answers its result; the calling thread waits. The work's own
     * exception is thrown as it is; if the caller is interrupted, the work is too.
     */
    public <T> T call(Callable<T> work) throws Exception {
        Future<T> done = threads.submit(work);
        try {
            return done.get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof Exception exception) {
                throw exception;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw e;
        } catch (InterruptedException e) {
            done.cancel(true);
            throw e;
        }
    }

    @PreDestroy
    void close() {
        threads.shutdownNow();
    }
}
