package org.psychograph.survey.service;

import java.util.List;
import org.psychograph.survey.model.Question;
import org.psychograph.survey.model.Survey;

/** A survey with its questions in order: what every survey operation answers with. */
public record Questionnaire(Survey survey, List<Question> questions) {

    public Questionnaire {
        questions = List.copyOf(questions);
    }

    /** The survey's place in the list of surveys (newest first), as {@link SurveyService#surveys} reads it back. */
    public String position() {
        return survey.createdAt + "|" + survey.id;
    }
}
