package org.psychograph.segmentation.queue;

import java.util.function.BooleanSupplier;
import org.psychograph.segmentation.model.ClaimedTask;

/**
 * Asks the database whether a task should stop (its run was stopped, or the task is no longer needed), at most every
 * half second (fits poll it often).
 */
final class CancellationCheck implements BooleanSupplier {

    private static final long EVERY_NANOS = 500_000_000L;

    private final TaskQueue queue;
    private final ClaimedTask task;
    private long nextCheck;
    private boolean stopped;

    CancellationCheck(TaskQueue queue, ClaimedTask task) {
        this.queue = queue;
        this.task = task;
    }

    @Override
    public synchronized boolean getAsBoolean() {
        long now = System.nanoTime();
        if (!stopped && now >= nextCheck) {
            stopped = queue.stopped(task);
            nextCheck = now + EVERY_NANOS;
        }
        return stopped;
    }
}
