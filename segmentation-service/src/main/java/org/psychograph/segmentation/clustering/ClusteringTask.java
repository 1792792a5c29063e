package org.psychograph.segmentation.clustering;

/**
 * A batch of restarts for one k: restarts {@code restartFrom} (inclusive) to {@code restartTo} (exclusive). Any
 * worker can run it; its result does not depend on the other batches.
 */
public record ClusteringTask(int k, int restartFrom, int restartTo) {

    public ClusteringTask {
        if (k < 2 || restartFrom < 0 || restartTo <= restartFrom) {
            throw new IllegalArgumentException(
                    "invalid clustering task k=" + k + " restarts " + restartFrom + ".." + restartTo);
        }
    }
}
