package org.psychograph.survey.model;

/** BASIS questions are clustered on; DESCRIPTOR questions only describe the segments afterwards. */
public enum QuestionRole {
    BASIS,
    DESCRIPTOR
}
