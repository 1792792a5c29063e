package org.psychograph.gateway.model;

/** The psychographic dimension of a question; survey-service and segmentation-service share it. */
public enum Dimension {
    VALUES,
    INTERESTS,
    LIFESTYLE,
    ATTITUDES,
    PERSONALITY,
    DEMOGRAPHIC,
    BEHAVIOURAL,
    OTHER
}
