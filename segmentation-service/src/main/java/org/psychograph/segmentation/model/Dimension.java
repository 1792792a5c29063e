package org.psychograph.segmentation.model;

/** What a question measures (as in survey-service). */
public enum Dimension {
    VALUES,
    INTERESTS,
    LIFESTYLE,
    ATTITUDES,
    PERSONALITY,
    DEMOGRAPHIC,
    BEHAVIOURAL,
    OTHER;

    public static Dimension of(String name) {
        try {
            return name == null ? OTHER : valueOf(name);
        } catch (IllegalArgumentException e) {
            return OTHER;
        }
    }
}
