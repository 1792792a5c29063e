package org.psychograph.segmentation.model;

/**
 * The pieces a run is split into. PREPARE reads and prepares the data and plans the CLUSTER tasks
 * (k-means restarts for one k, in batches) and the REFERENCE tasks (stability replicates on structureless data of
 * the same shape, in batches); the last CLUSTER task of a k plans its BOOTSTRAP tasks (stability replicates, in
 * batches); the last task of all plans FINALISE (evidence, structure, recommended k, profiles, assignments, model,
 * typing tool). Stored by name: append new kinds, never rename.
 */
public enum TaskKind {
    PREPARE,
    CLUSTER,
    BOOTSTRAP,
    FINALISE,
    REFERENCE
}
