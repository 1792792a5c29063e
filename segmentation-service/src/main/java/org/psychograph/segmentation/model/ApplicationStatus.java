package org.psychograph.segmentation.model;

/** Lifecycle of a model application: queued, being placed by a worker, done with its drift report, or failed. */
public enum ApplicationStatus {
    QUEUED,
    RUNNING,
    SUCCEEDED,
    FAILED;

    public boolean finished() {
        return this == SUCCEEDED || this == FAILED;
    }
}
