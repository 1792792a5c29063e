package org.psychograph.survey.api.types;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.psychograph.survey.model.Dimension;
import org.psychograph.survey.model.Question;
import org.psychograph.survey.model.QuestionRole;
import org.psychograph.survey.model.QuestionType;

@Type("Question")
@Description("One question of a survey. Its code is the column name in imports and the key of its answers.")
public record QuestionView(
        @NonNull String id,
        @NonNull String code,
        @NonNull String text,
        @NonNull QuestionType type,
        @NonNull Dimension dimension,
        @NonNull QuestionRole role,
        boolean reverseCoded,
        @Description("0-based position in the survey") int position,
        Integer scaleMin,
        Integer scaleMax,
        Double numericMin,
        Double numericMax,

        @Description("Choices (SINGLE_CHOICE, MULTI_CHOICE) or labels of the scale points (LIKERT), in order")
        List<String> options,

        @Description("Answers that mean 'not answered' (user-missing values): stored as missing")
        List<@NonNull String> missingCodes) {

    public static QuestionView of(Question q) {
        return new QuestionView(
                q.id.toString(),
                q.code,
                q.text,
                q.type,
                q.dimension,
                q.role,
                q.reverseCoded,
                q.position,
                q.scaleMin,
                q.scaleMax,
                q.numericMin,
                q.numericMax,
                q.options,
                q.missingCodes);
    }
}
