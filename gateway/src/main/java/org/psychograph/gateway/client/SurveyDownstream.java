package org.psychograph.gateway.client;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.Config;
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
 * survey-service's operations (graphql/survey.graphql), each asking for the caller's selection, under the service's
 * fault-tolerance policy ({@link DownstreamGuard}).
 */
@ApplicationScoped
public class SurveyDownstream {

    private final DownstreamCalls calls;

    SurveyDownstream(GraphQLTransport transport, Config config) {
        this.calls = new DownstreamCalls(DownstreamService.SURVEY, transport, config);
    }

    public Uni<Survey> survey(String id, Selection fields) {
        return calls.send(DownstreamOperation.SURVEY, Map.of("id", id), fields);
    }

    public Uni<SurveyConnection> surveys(Integer first, String after, Selection fields) {
        return calls.send(
                DownstreamOperation.SURVEYS, GraphQLTransport.variables("first", first, "after", after), fields);
    }

    /** Surveys by id in the order asked, null where the caller may not see one. */
    public Uni<List<Survey>> surveysByIds(List<String> ids, Selection fields) {
        return calls.send(DownstreamOperation.SURVEYS_BY_IDS, Map.of("ids", ids), fields);
    }

    public Uni<ResponseConnection> responses(String surveyId, Integer first, String after, Selection fields) {
        return calls.send(
                DownstreamOperation.RESPONSES,
                GraphQLTransport.variables("surveyId", surveyId, "first", first, "after", after),
                fields);
    }

    public Uni<ResponseMatrix> responseMatrix(
            String surveyId, List<String> questionCodes, Integer first, String after, Selection fields) {
        return calls.send(
                DownstreamOperation.RESPONSE_MATRIX,
                GraphQLTransport.variables(
                        "surveyId", surveyId, "questionCodes", questionCodes, "first", first, "after", after),
                fields);
    }

    public Uni<DataQualityReport> dataQuality(String surveyId, Selection fields) {
        return calls.send(DownstreamOperation.DATA_QUALITY, Map.of("surveyId", surveyId), fields);
    }

    public Uni<Survey> createSurvey(CreateSurveyInput input, Selection fields) {
        return calls.send(DownstreamOperation.CREATE_SURVEY, Map.of("input", input), fields);
    }

    public Uni<Survey> updateSurvey(String id, UpdateSurveyInput input, Selection fields) {
        return calls.send(DownstreamOperation.UPDATE_SURVEY, Map.of("id", id, "input", input), fields);
    }

    public Uni<Survey> addQuestions(String surveyId, List<QuestionInput> questions, Selection fields) {
        return calls.send(
                DownstreamOperation.ADD_QUESTIONS, Map.of("surveyId", surveyId, "questions", questions), fields);
    }

    public Uni<Survey> updateQuestion(String surveyId, String code, QuestionInput question, Selection fields) {
        return calls.send(
                DownstreamOperation.UPDATE_QUESTION,
                Map.of("surveyId", surveyId, "code", code, "question", question),
                fields);
    }

    public Uni<Survey> removeQuestion(String surveyId, String code, Selection fields) {
        return calls.send(DownstreamOperation.REMOVE_QUESTION, Map.of("surveyId", surveyId, "code", code), fields);
    }

    public Uni<Survey> createWave(String surveyId, CreateWaveInput input, Selection fields) {
        return calls.send(DownstreamOperation.CREATE_WAVE, Map.of("surveyId", surveyId, "input", input), fields);
    }

    public Uni<Survey> updateWave(String surveyId, UpdateWaveInput input, Selection fields) {
        return calls.send(DownstreamOperation.UPDATE_WAVE, Map.of("surveyId", surveyId, "input", input), fields);
    }

    public Uni<Survey> openSurvey(String id, Selection fields) {
        return calls.send(DownstreamOperation.OPEN_SURVEY, Map.of("id", id), fields);
    }

    public Uni<Survey> closeSurvey(String id, Selection fields) {
        return calls.send(DownstreamOperation.CLOSE_SURVEY, Map.of("id", id), fields);
    }

    public Uni<Integer> submitResponses(String surveyId, List<ResponseInput> responses) {
        return calls.send(
                DownstreamOperation.SUBMIT_RESPONSES, Map.of("surveyId", surveyId, "responses", responses), null);
    }

    public Uni<Integer> deleteResponses(String surveyId, List<String> respondentIds) {
        return calls.send(
                DownstreamOperation.DELETE_RESPONSES,
                Map.of("surveyId", surveyId, "respondentIds", respondentIds),
                null);
    }
}
