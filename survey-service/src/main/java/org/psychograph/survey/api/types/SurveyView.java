package org.psychograph.survey.api.types;

import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.psychograph.survey.model.Survey;
import org.psychograph.survey.model.SurveyStatus;
import org.psychograph.survey.service.Questionnaire;

@Type("Survey")
@Description("A questionnaire. Questions change only while DRAFT; responses are accepted only while OPEN.")
public record SurveyView(
        @Id @NonNull String id,
        @NonNull String workspaceId,
        @NonNull String title,
        String description,
        @NonNull SurveyStatus status,
        @NonNull OffsetDateTime createdAt,
        @NonNull OffsetDateTime updatedAt,
        @NonNull List<@NonNull QuestionView> questions) {

    public static SurveyView of(Questionnaire questionnaire) {
        Survey s = questionnaire.survey();
        return new SurveyView(
                s.id.toString(),
                s.workspaceId,
                s.title,
                s.description,
                s.status,
                s.createdAt,
                s.updatedAt,
                questionnaire.questions().stream().map(QuestionView::of).toList());
    }
}
