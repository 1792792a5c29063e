package org.psychograph.survey.service;

import java.time.OffsetDateTime;
import java.util.List;

/** One respondent's stored answers in question order; missing answers are left out. */
public record ResponseAnswers(String respondentId, OffsetDateTime submittedAt, List<Answer> answers) {

    public ResponseAnswers {
        answers = List.copyOf(answers);
    }

    /** The response's place in a survey's responses, as {@link ResponseService#responses} reads it back. */
    public String position() {
        return respondentId;
    }

    /** The coded value, or the text of a TEXT question. */
    public record Answer(String questionCode, Double value, String text) {}
}
