package org.psychograph.survey.service;

import java.util.List;
import org.psychograph.survey.model.Dimension;
import org.psychograph.survey.model.QuestionRole;
import org.psychograph.survey.model.QuestionType;

/** A question to add to a DRAFT survey, as the analyst defined it; checked by {@link QuestionValidator}. */
public record NewQuestion(
        String code,
        String text,
        QuestionType type,
        Dimension dimension,
        QuestionRole role,
        Boolean reverseCoded,
        Integer scaleMin,
        Integer scaleMax,
        Double numericMin,
        Double numericMax,
        List<String> options,
        List<String> missingCodes) {}
