package org.psychograph.segmentation.model;

/** Lifecycle of one task of a run in the job queue. */
public enum TaskStatus {
    QUEUED,
    RUNNING,
    DONE,
    FAILED,
    CANCELLED
}
