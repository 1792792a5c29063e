package org.psychograph.survey.model;

/** What a question measures: the AIO/values dimensions of psychographics, plus descriptors. */
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
