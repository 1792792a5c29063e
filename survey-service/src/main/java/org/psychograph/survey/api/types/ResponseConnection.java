package org.psychograph.survey.api.types;

import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.psychograph.survey.service.ResponseAnswers;

public record ResponseConnection(
        @NonNull List<@NonNull ResponseEdge> edges, @NonNull PageInfo pageInfo, int totalCount) {

    public record ResponseEdge(
            @NonNull String cursor, @NonNull ResponseView node) {}

    @Type("Response")
    @Description("One respondent's answers to a survey.")
    public record ResponseView(
            @NonNull String respondentId,
            @NonNull OffsetDateTime submittedAt,
            @NonNull List<@NonNull AnswerView> answers) {

        public static ResponseView of(ResponseAnswers response) {
            return new ResponseView(
                    response.respondentId(),
                    response.submittedAt(),
                    response.answers().stream()
                            .map(a -> new AnswerView(a.questionCode(), a.value(), a.text()))
                            .toList());
        }
    }

    @Type("Answer")
    @Description("One answer: the coded value (see the response coding), or the text of a TEXT question. "
            + "Missing answers are left out.")
    public record AnswerView(@NonNull String questionCode, Double value, String text) {}
}
