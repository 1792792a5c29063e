package org.psychograph.segmentation.clustering.profile;

/**
 * A descriptor (profiling) variable: not clustered on, used to describe the segments. Its values are aligned with
 * the rows of the prepared basis matrix; {@link #alignedTo(int[])} selects them from a column in raw-response
 * order.
 */
public sealed interface Descriptor permits CategoricalDescriptor, NumericDescriptor {

    String code();

    int size();

    /** This column restricted to the given raw rows (the prepared data's kept rows), in that order. */
    Descriptor alignedTo(int[] rows);
}
