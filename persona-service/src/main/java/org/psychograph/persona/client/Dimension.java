package org.psychograph.persona.client;

/** The dimension of a survey question, as segmentation-service reports it. */
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
