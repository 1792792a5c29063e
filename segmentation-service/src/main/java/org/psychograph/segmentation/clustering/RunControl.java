package org.psychograph.segmentation.clustering;

import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.function.IntConsumer;

/**
 * What the caller controls during a run: a cancellation flag checked before every fit, and a counter told each
 * time fits complete (called from worker threads; it must be thread-safe).
 */
public record RunControl(BooleanSupplier cancelRequested, IntConsumer fitsCompleted) {

    public RunControl {
        Objects.requireNonNull(cancelRequested, "cancelRequested");
        Objects.requireNonNull(fitsCompleted, "fitsCompleted");
    }

    public static RunControl none() {
        return new RunControl(() -> false, fits -> {});
    }

    public static RunControl cancellable(BooleanSupplier cancelRequested) {
        return new RunControl(cancelRequested, fits -> {});
    }

    void checkCancelled() {
        if (cancelRequested.getAsBoolean()) {
            throw new SegmentationCancelledException();
        }
    }
}
