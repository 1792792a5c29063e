package org.psychograph.survey.model;

/** How a question is answered, and so how its answers are coded as numbers (see docs/response-coding.md). */
public enum QuestionType {
    /** An ordered rating scale from scaleMin to scaleMax; options may label its points. */
    LIKERT,
    /** Yes/no: coded 1 for yes, 0 for no. */
    BINARY,
    /** One of the options: coded as the option's 1-based position. */
    SINGLE_CHOICE,
    /** Any subset of the options: coded as a bit mask (option i sets bit i-1). */
    MULTI_CHOICE,
    /** A number, optionally within bounds. */
    NUMERIC,
    /** Free text: kept, never part of the numeric response matrix. */
    TEXT
}
