package org.psychograph.gateway.api;

import io.smallrye.graphql.api.Context;
import io.smallrye.mutiny.Uni;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.psychograph.gateway.client.Selection;
import org.psychograph.gateway.client.SurveyDownstream;
import org.psychograph.gateway.config.PageSizeLimits;
import org.psychograph.gateway.model.SurveyTypes.CreateSurveyInput;
import org.psychograph.gateway.model.SurveyTypes.CreateWaveInput;
import org.psychograph.gateway.model.SurveyTypes.DataQualityReport;
import org.psychograph.gateway.model.SurveyTypes.QuestionInput;
import org.psychograph.gateway.model.SurveyTypes.ResponseConnection;
import org.psychograph.gateway.model.SurveyTypes.ResponseInput;
import org.psychograph.gateway.model.SurveyTypes.ResponseMatrix;
import org.psychograph.gateway.model.SurveyTypes.Survey;
import org.psychograph.gateway.model.SurveyTypes.SurveyConnection;
import org.psychograph.gateway.model.SurveyTypes.UpdateSurveyInput;
import org.psychograph.gateway.model.SurveyTypes.UpdateWaveInput;

/**
 * survey-service's operations, passed through with the caller's token. Root fields are nullable in the
 * gateway so that one failing service nulls only its own fields, not the whole answer.
 */
@GraphQLApi
public class SurveyGraphQLApi {

    private final SurveyDownstream surveys;
    /** The caller's selection: only those fields are asked of the service. */
    private final Context context;

    private final PageSizeLimits pageSizes;

    public SurveyGraphQLApi(SurveyDownstream surveys, PageSizeLimits pageSizes, Context context) {
        this.surveys = surveys;
        this.context = context;
        this.pageSizes = pageSizes;
    }

    @Query("survey")
    @Description("A survey of one of the caller's workspaces (NOT_FOUND otherwise).")
    public Uni<Survey> survey(@NonNull @Id String id) {
        return surveys.survey(id, selected(Survey.class));
    }

    @Query("surveys")
    @Description("The surveys of the caller's workspaces, newest first (at most 100 per page).")
    public Uni<SurveyConnection> surveys(Integer first, String after) {
        PageSizeLimits.check(first, pageSizes.surveys());
        return surveys.surveys(first, after, selected(SurveyConnection.class));
    }

    @Query("responses")
    @Description("A survey's responses in a stable order (at most 1000 per page).")
    public Uni<ResponseConnection> responses(@NonNull @Id String surveyId, Integer first, String after) {
        PageSizeLimits.check(first, pageSizes.responses());
        return surveys.responses(surveyId, first, after, selected(ResponseConnection.class));
    }

    @Query("responseMatrix")
    @Description("Compact numeric rows for analysis (at most 10000 rows per page).")
    public Uni<ResponseMatrix> responseMatrix(
            @NonNull @Id String surveyId, List<String> questionCodes, Integer first, String after) {
        PageSizeLimits.check(first, pageSizes.responseMatrix());
        return surveys.responseMatrix(surveyId, questionCodes, first, after, selected(ResponseMatrix.class));
    }

    @Query("dataQuality")
    @Description("Missing answers per question, out-of-range values, straight-liners and duplicate responses.")
    public Uni<DataQualityReport> dataQuality(@NonNull @Id String surveyId) {
        return surveys.dataQuality(surveyId, selected(DataQualityReport.class));
    }

    @Mutation("createSurvey")
    public Uni<Survey> createSurvey(@NonNull CreateSurveyInput input) {
        return surveys.createSurvey(input, selected(Survey.class));
    }

    @Mutation("updateSurvey")
    public Uni<Survey> updateSurvey(@NonNull @Id String id, @NonNull UpdateSurveyInput input) {
        return surveys.updateSurvey(id, input, selected(Survey.class));
    }

    @Mutation("addQuestions")
    @Description("Adds questions to a DRAFT survey, all or none.")
    public Uni<Survey> addQuestions(@NonNull @Id String surveyId, @NonNull List<@NonNull QuestionInput> questions) {
        return surveys.addQuestions(surveyId, questions, selected(Survey.class));
    }

    @Mutation("updateQuestion")
    @Description("Replaces the definition of a DRAFT survey's question, found by its current code (the code may "
            + "change too); the question keeps its place. A survey takes answers only once OPEN, so no answer is "
            + "reinterpreted.")
    public Uni<Survey> updateQuestion(
            @NonNull @Id String surveyId, @NonNull String code, @NonNull QuestionInput question) {
        return surveys.updateQuestion(surveyId, code, question, selected(Survey.class));
    }

    @Mutation("removeQuestion")
    @Description("Removes a question from a DRAFT survey; the questions after it move up one place.")
    public Uni<Survey> removeQuestion(@NonNull @Id String surveyId, @NonNull String code) {
        return surveys.removeQuestion(surveyId, code, selected(Survey.class));
    }

    @Mutation("createWave")
    @Description("A new DRAFT survey in the same workspace and tracker as the given one, with copies of all its "
            + "questions; a survey without waves becomes the tracker's \"Wave 1\". Each wave takes its own "
            + "responses: a panel respondent keeps their id in every wave.")
    public Uni<Survey> createWave(@NonNull @Id String surveyId, @NonNull CreateWaveInput input) {
        return surveys.createWave(surveyId, input, selected(Survey.class));
    }

    @Mutation("updateWave")
    @Description("Sets a survey's wave label and fielding period; a survey without waves becomes wave 1 of a "
            + "tracker of its own.")
    public Uni<Survey> updateWave(@NonNull @Id String surveyId, @NonNull UpdateWaveInput input) {
        return surveys.updateWave(surveyId, input, selected(Survey.class));
    }

    @Mutation("openSurvey")
    public Uni<Survey> openSurvey(@NonNull @Id String id) {
        return surveys.openSurvey(id, selected(Survey.class));
    }

    @Mutation("closeSurvey")
    public Uni<Survey> closeSurvey(@NonNull @Id String id) {
        return surveys.closeSurvey(id, selected(Survey.class));
    }

    @Mutation("submitResponses")
    @Description("Submits 1 to 1000 responses to an OPEN survey, all or none; returns the number written.")
    public Uni<Integer> submitResponses(@NonNull @Id String surveyId, @NonNull List<@NonNull ResponseInput> responses) {
        return surveys.submitResponses(surveyId, responses);
    }

    @Mutation("deleteResponses")
    @Description("Deletes the responses of the given respondents (1 to 1000); returns how many existed.")
    public Uni<Integer> deleteResponses(@NonNull @Id String surveyId, @NonNull List<@NonNull String> respondentIds) {
        return surveys.deleteResponses(surveyId, respondentIds);
    }

    /** The caller's selection on the answer's objects: only those fields are asked of the service. */
    private Selection selected(Class<?> type) {
        return Selection.of(type, context.getSelectedFields());
    }
}
