package org.psychograph.segmentation.model;

/** How a descriptor question is broken down per segment. */
public enum DescriptorKind {
    /** Shares of each answer category; chi-square test of association. */
    CATEGORICAL,
    /** Means; one-way ANOVA. */
    NUMERIC
}
