package org.psychograph.survey.graphql;

import io.smallrye.mutiny.Uni;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.psychograph.survey.graphql.types.DataQualityReport;
import org.psychograph.survey.graphql.types.Inputs.CreateSurvey;
import org.psychograph.survey.graphql.types.Inputs.QuestionDefinition;
import org.psychograph.survey.graphql.types.Inputs.ResponseSubmission;
import org.psychograph.survey.graphql.types.Inputs.UpdateSurvey;
import org.psychograph.survey.graphql.types.MatrixPage;
import org.psychograph.survey.graphql.types.ResponseConnection;
import org.psychograph.survey.graphql.types.SurveyConnection;
import org.psychograph.survey.graphql.types.SurveyView;
import org.psychograph.survey.service.DataQualityService;
import org.psychograph.survey.service.ResponseMatrixService;
import org.psychograph.survey.service.ResponseService;
import org.psychograph.survey.service.SurveyService;

/** survey-service's GraphQL operations; thin: checks and logic live in the services. */
@GraphQLApi
public class SurveyGraphQLApi {

    private final SurveyService surveys;
    private final ResponseService responses;
    private final ResponseMatrixService matrix;
    private final DataQualityService quality;

    public SurveyGraphQLApi(SurveyService surveys, ResponseService responses, ResponseMatrixService matrix,
            DataQualityService quality) {
        this.surveys = surveys;
        this.responses = responses;
        this.matrix = matrix;
        this.quality = quality;
    }

    @Query("survey")
    @Description("A survey of one of the caller's workspaces (NOT_FOUND otherwise).")
    public Uni<SurveyView> survey(@NonNull @Id String id) {
        return surveys.survey(id);
    }

    @Query("surveys")
    @Description("The surveys of the caller's workspaces, newest first (at most 100 per page).")
    public Uni<@NonNull SurveyConnection> surveys(Integer first, String after) {
        return surveys.surveys(first, after);
    }

    @Query("surveysByIds")
    @Description("Surveys by id, in the order asked, null where not visible to the caller: for batching clients "
            + "such as the gateway (at most 100 ids).")
    public Uni<@NonNull List<SurveyView>> surveysByIds(@NonNull List<@NonNull String> ids) {
        return surveys.surveysByIds(ids);
    }

    @Query("responses")
    @Description("A survey's responses in a stable order (at most 1000 per page).")
    public Uni<@NonNull ResponseConnection> responses(@NonNull @Id String surveyId, Integer first, String after) {
        return responses.responses(surveyId, first, after);
    }

    @Query("responseMatrix")
    @Description("Compact numeric rows for analysis: values in the order of questionCodes (all non-TEXT "
            + "questions when left out). A MULTI_CHOICE option can be asked for as `code:option`. At most 10000 "
            + "rows per page; at most 500 question codes, each once (psychograph.limits.matrix-columns).")
    public Uni<@NonNull MatrixPage> responseMatrix(@NonNull @Id String surveyId, List<String> questionCodes,
            Integer first, String after) {
        return matrix.matrix(surveyId, questionCodes, first, after);
    }

    @Query("dataQuality")
    @Description("Missing answers per question, out-of-range values, straight-liners and duplicate responses.")
    public Uni<@NonNull DataQualityReport> dataQuality(@NonNull @Id String surveyId) {
        return quality.report(surveyId);
    }

    @Mutation("createSurvey")
    public Uni<@NonNull SurveyView> createSurvey(@NonNull CreateSurvey input) {
        return surveys.create(input);
    }

    @Mutation("updateSurvey")
    public Uni<@NonNull SurveyView> updateSurvey(@NonNull @Id String id, @NonNull UpdateSurvey input) {
        return surveys.update(id, input);
    }

    @Mutation("addQuestions")
    @Description("Adds questions to a DRAFT survey, all or none. A survey has at most 500 questions "
            + "(psychograph.limits.questions-per-survey).")
    public Uni<@NonNull SurveyView> addQuestions(@NonNull @Id String surveyId,
            @NonNull List<@NonNull QuestionDefinition> questions) {
        return surveys.addQuestions(surveyId, questions);
    }

    @Mutation("openSurvey")
    public Uni<@NonNull SurveyView> openSurvey(@NonNull @Id String id) {
        return surveys.open(id);
    }

    @Mutation("closeSurvey")
    public Uni<@NonNull SurveyView> closeSurvey(@NonNull @Id String id) {
        return surveys.close(id);
    }

    @Mutation("submitResponses")
    @Description("Submits 1 to 1000 responses to an OPEN survey, all or none (psychograph.limits.ids-per-call). "
            + "Resubmitting a respondent replaces their response. Returns the number of responses written "
            + "(unchanged ones are not counted).")
    public Uni<@NonNull Integer> submitResponses(@NonNull @Id String surveyId,
            @NonNull @Name("responses") List<@NonNull ResponseSubmission> submissions) {
        return responses.submit(surveyId, submissions);
    }

    @Mutation("deleteResponses")
    @Description("Deletes the responses of the given respondents (1 to 1000, psychograph.limits.ids-per-call); "
            + "returns how many existed.")
    public Uni<@NonNull Integer> deleteResponses(@NonNull @Id String surveyId,
            @NonNull List<@NonNull String> respondentIds) {
        return responses.delete(surveyId, respondentIds);
    }
}
