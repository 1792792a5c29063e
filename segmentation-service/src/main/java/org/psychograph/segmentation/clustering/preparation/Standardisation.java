package org.psychograph.segmentation.clustering.preparation;

/** How basis variables are put on a common scale before clustering. */
public enum Standardisation {
    /** Keep the answers' own units (right when all items share one scale, e.g. yes/no or one Likert scale). */
    NONE,
    /** Subtract the mean and divide by the standard deviation (n - 1). */
    ZSCORE,
    /** Map the observed minimum to 0 and the observed maximum to 1. */
    RANGE
}
