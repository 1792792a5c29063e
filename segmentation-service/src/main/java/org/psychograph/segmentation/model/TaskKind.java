package org.psychograph.segmentation.model;

/**
 * The pieces a run is split into. PREPARE reads and prepares the data and plans the CLUSTER tasks
 * (k-means restarts for one k, in batches); the last CLUSTER task of a k plans its BOOTSTRAP tasks
 * (stability replicates, in batches); the last task of all plans FINALISE (evidence, recommended k,
 * profiles, assignments, model).
 */
public enum TaskKind {
    PREPARE,
    CLUSTER,
    BOOTSTRAP,
    FINALISE
}
