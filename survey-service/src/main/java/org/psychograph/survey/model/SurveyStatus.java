package org.psychograph.survey.model;

/** Lifecycle of a survey: questions change only while DRAFT, responses arrive only while OPEN. */
public enum SurveyStatus {
    DRAFT,
    OPEN,
    CLOSED
}
