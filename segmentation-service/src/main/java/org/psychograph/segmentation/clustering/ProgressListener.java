package org.psychograph.segmentation.clustering;

/**
 * Told how far a run has got, so the caller can persist progress. Calls are serialised (never concurrent) but
 * may come from worker threads; keep them short.
 */
@FunctionalInterface
public interface ProgressListener {

    /** @param percentDone of the whole run, 0 to 100, never decreasing */
    void onProgress(Phase phase, double percentDone);

    static ProgressListener none() {
        return (phase, percentDone) -> {};
    }
}
