package org.psychograph.segmentation.queue;

import java.util.UUID;
import java.util.function.BooleanSupplier;

/** Asks the database whether a run was stopped, at most every half second (fits poll it often). */
final class CancellationCheck implements BooleanSupplier {

    private static final long EVERY_NANOS = 500_000_000L;

    private final TaskQueue queue;
    private final UUID runId;
    private long nextCheck;
    private boolean stopped;

    CancellationCheck(TaskQueue queue, UUID runId) {
        this.queue = queue;
        this.runId = runId;
    }

    @Override
    public synchronized boolean getAsBoolean() {
        long now = System.nanoTime();
        if (!stopped && now >= nextCheck) {
            stopped = queue.stopped(runId);
            nextCheck = now + EVERY_NANOS;
        }
        return stopped;
    }
}
