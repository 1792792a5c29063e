package org.psychograph.survey.api;

import io.smallrye.mutiny.Uni;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.psychograph.survey.api.types.DataQualityReport;
import org.psychograph.survey.api.types.Inputs.CreateSurvey;
import org.psychograph.survey.api.types.Inputs.QuestionDefinition;
import org.psychograph.survey.api.types.Inputs.ResponseSubmission;
import org.psychograph.survey.api.types.Inputs.UpdateSurvey;
import org.psychograph.survey.api.types.MatrixPage;
import org.psychograph.survey.api.types.MatrixPage.MatrixRow;
import org.psychograph.survey.api.types.ResponseConnection;
import org.psychograph.survey.api.types.ResponseConnection.ResponseEdge;
import org.psychograph.survey.api.types.ResponseConnection.ResponseView;
import org.psychograph.survey.api.types.SurveyConnection;
import org.psychograph.survey.api.types.SurveyConnection.SurveyEdge;
import org.psychograph.survey.api.types.SurveyView;
import org.psychograph.survey.service.DataQualityService;
import org.psychograph.survey.service.NewQuestion;
import org.psychograph.survey.service.Questionnaire;
import org.psychograph.survey.service.ResponseAnswers;
import org.psychograph.survey.service.ResponseMatrix;
import org.psychograph.survey.service.ResponseMatrixService;
import org.psychograph.survey.service.ResponseService;
import org.psychograph.survey.service.SubmittedResponse;
import org.psychograph.survey.service.SurveyService;

/** survey-service's GraphQL operations; thin: checks and logic live in the services, this maps to and from views. */
@GraphQLApi
public class SurveyGraphQLApi {

    private final SurveyService surveys;
    private final ResponseService responses;
    private final ResponseMatrixService matrix;
    private final DataQualityService quality;

    public SurveyGraphQLApi(
            SurveyService surveys,
            ResponseService responses,
            ResponseMatrixService matrix,
            DataQualityService quality) {
        this.surveys = surveys;
        this.responses = responses;
        this.matrix = matrix;
        this.quality = quality;
    }

    @Query("survey")
    @Description("A survey of one of the caller's workspaces (NOT_FOUND otherwise).")
    public Uni<SurveyView> survey(@NonNull @Id String id) {
        return surveys.survey(id).map(SurveyView::of);
    }

    @Query("surveys")
    @Description("The surveys of the caller's workspaces, newest first (at most 100 per page).")
    public Uni<@NonNull SurveyConnection> surveys(Integer first, String after) {
        return surveys.surveys(first, after)
                .map(page -> Connections.of(
                        page,
                        Questionnaire::position,
                        (cursor, survey) -> new SurveyEdge(cursor, SurveyView.of(survey)),
                        SurveyConnection::new));
    }

    @Query("surveysByIds")
    @Description("Surveys by id, in the order asked, null where not visible to the caller: for batching clients "
            + "such as the gateway (at most 100 ids).")
    public Uni<@NonNull List<SurveyView>> surveysByIds(@NonNull List<@NonNull String> ids) {
        return surveys.surveysByIds(ids)
                .map(found -> ByIds.inOrder(ids, found, q -> q.survey().id.toString(), SurveyView::of));
    }

    @Query("responses")
    @Description("A survey's responses in a stable order (at most 1000 per page).")
    public Uni<@NonNull ResponseConnection> responses(@NonNull @Id String surveyId, Integer first, String after) {
        return responses
                .responses(surveyId, first, after)
                .map(page -> Connections.of(
                        page,
                        ResponseAnswers::position,
                        (cursor, response) -> new ResponseEdge(cursor, ResponseView.of(response)),
                        ResponseConnection::new));
    }

    @Query("responseMatrix")
    @Description("Compact numeric rows for analysis: values in the order of questionCodes (all non-TEXT "
            + "questions when left out). A MULTI_CHOICE option can be asked for as `code:option`. At most 10000 "
            + "rows per page; at most 500 question codes, each once (psychograph.limits.matrix-columns).")
    public Uni<@NonNull MatrixPage> responseMatrix(
            @NonNull @Id String surveyId, List<String> questionCodes, Integer first, String after) {
        return matrix.matrix(surveyId, questionCodes, first, after).map(SurveyGraphQLApi::matrixPage);
    }

    @Query("dataQuality")
    @Description("Missing answers per question, out-of-range values, straight-liners and duplicate responses.")
    public Uni<@NonNull DataQualityReport> dataQuality(@NonNull @Id String surveyId) {
        return quality.report(surveyId).map(DataQualityReport::of);
    }

    @Mutation("createSurvey")
    public Uni<@NonNull SurveyView> createSurvey(@NonNull CreateSurvey input) {
        return surveys.create(input.workspaceId(), input.title(), input.description())
                .map(SurveyView::of);
    }

    @Mutation("updateSurvey")
    public Uni<@NonNull SurveyView> updateSurvey(@NonNull @Id String id, @NonNull UpdateSurvey input) {
        return surveys.update(id, input.title(), input.description()).map(SurveyView::of);
    }

    @Mutation("addQuestions")
    @Description("Adds questions to a DRAFT survey, all or none. A survey has at most 500 questions "
            + "(psychograph.limits.questions-per-survey).")
    public Uni<@NonNull SurveyView> addQuestions(
            @NonNull @Id String surveyId, @NonNull List<@NonNull QuestionDefinition> questions) {
        return surveys.addQuestions(
                        surveyId,
                        questions.stream().map(SurveyGraphQLApi::newQuestion).toList())
                .map(SurveyView::of);
    }

    @Mutation("updateQuestion")
    @Description("Replaces the definition of a DRAFT survey's question, found by its current code (the code may "
            + "change too); the question keeps its place. A survey takes answers only once OPEN, so no answer is "
            + "reinterpreted.")
    public Uni<@NonNull SurveyView> updateQuestion(
            @NonNull @Id String surveyId, @NonNull String code, @NonNull QuestionDefinition question) {
        return surveys.updateQuestion(surveyId, code, newQuestion(question)).map(SurveyView::of);
    }

    @Mutation("removeQuestion")
    @Description("Removes a question from a DRAFT survey; the questions after it move up one place.")
    public Uni<@NonNull SurveyView> removeQuestion(@NonNull @Id String surveyId, @NonNull String code) {
        return surveys.removeQuestion(surveyId, code).map(SurveyView::of);
    }

    @Mutation("openSurvey")
    public Uni<@NonNull SurveyView> openSurvey(@NonNull @Id String id) {
        return surveys.open(id).map(SurveyView::of);
    }

    @Mutation("closeSurvey")
    public Uni<@NonNull SurveyView> closeSurvey(@NonNull @Id String id) {
        return surveys.close(id).map(SurveyView::of);
    }

    @Mutation("submitResponses")
    @Description("Submits 1 to 1000 responses to an OPEN survey, all or none (psychograph.limits.ids-per-call). "
            + "Resubmitting a respondent replaces their response. Returns the number of responses written "
            + "(unchanged ones are not counted).")
    public Uni<@NonNull Integer> submitResponses(
            @NonNull @Id String surveyId, @NonNull @Name("responses") List<@NonNull ResponseSubmission> submissions) {
        return responses.submit(
                surveyId, submissions.stream().map(SurveyGraphQLApi::submitted).toList());
    }

    @Mutation("deleteResponses")
    @Description("Deletes the responses of the given respondents (1 to 1000, psychograph.limits.ids-per-call); "
            + "returns how many existed.")
    public Uni<@NonNull Integer> deleteResponses(
            @NonNull @Id String surveyId, @NonNull List<@NonNull String> respondentIds) {
        return responses.delete(surveyId, respondentIds);
    }

    private static MatrixPage matrixPage(ResponseMatrix matrix) {
        return new MatrixPage(
                matrix.columns(),
                matrix.rows().items().stream()
                        .map(row -> new MatrixRow(row.respondentId(), row.values()))
                        .toList(),
                Connections.pageInfo(matrix.rows(), ResponseMatrix.Row::position),
                matrix.rows().totalCount());
    }

    private static NewQuestion newQuestion(QuestionDefinition q) {
        return new NewQuestion(
                q.code(),
                q.text(),
                q.type(),
                q.dimension(),
                q.role(),
                q.reverseCoded(),
                q.scaleMin(),
                q.scaleMax(),
                q.numericMin(),
                q.numericMax(),
                q.options(),
                q.missingCodes());
    }

    private static SubmittedResponse submitted(ResponseSubmission s) {
        return new SubmittedResponse(
                s.respondentId(),
                s.answers().stream()
                        .map(a -> new SubmittedResponse.Answer(a.questionCode(), a.value(), a.values()))
                        .toList(),
                s.attributes() == null
                        ? null
                        : s.attributes().stream()
                                .map(a -> new SubmittedResponse.Attribute(a.name(), a.value()))
                                .toList());
    }
}
