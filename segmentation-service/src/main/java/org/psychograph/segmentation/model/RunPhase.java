package org.psychograph.segmentation.model;

/** What a run is doing now, for progress displays. */
public enum RunPhase {
    WAITING,
    READING_DATA,
    CLUSTERING,
    STABILITY,
    PROFILING,
    DONE
}
