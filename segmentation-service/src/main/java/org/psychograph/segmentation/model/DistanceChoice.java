package org.psychograph.segmentation.model;

/** Distance between respondents and segment centres (Tribuo DistanceType). */
public enum DistanceChoice {
    L2,
    COSINE,
    L1
}
