package org.psychograph.segmentation.clustering;

/** The stages of a run, in order, as reported to a {@link ProgressListener}. */
public enum Phase {
    /** k-means restarts on the full data, per k. */
    CLUSTERING,
    /** Bootstrap pairs per k, then the internal indices. */
    STABILITY,
    /** Recommending k and profiling the chosen solution. */
    PROFILING,
    /** Finished. */
    DONE
}
