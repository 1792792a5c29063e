package org.psychograph.segmentation.clustering;

/**
 * A batch of bootstrap replicates for one k: replicates {@code replicateFrom} (inclusive) to {@code replicateTo}
 * (exclusive). Each replicate clusters two bootstrap samples and compares the two partitions of all rows.
 */
public record BootstrapTask(int k, int replicateFrom, int replicateTo) {

    public BootstrapTask {
        if (k < 2 || replicateFrom < 0 || replicateTo <= replicateFrom) {
            throw new IllegalArgumentException(
                    "invalid bootstrap task k=" + k + " replicates " + replicateFrom + ".." + replicateTo);
        }
    }
}
