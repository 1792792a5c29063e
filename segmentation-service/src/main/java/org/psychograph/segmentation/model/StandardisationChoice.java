package org.psychograph.segmentation.model;

/** How basis variables are scaled before clustering. */
public enum StandardisationChoice {
    NONE,
    ZSCORE,
    RANGE
}
