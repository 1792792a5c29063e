package org.psychograph.survey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.psychograph.survey.SecurityTest.assertCode;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.psychograph.testing.GraphQLTestClient;
import org.psychograph.testing.PostgresTestResource;
import org.psychograph.testing.TestTokens;

/** DRAFT -> OPEN -> CLOSED, question validation, submissions, paging. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcWiremockTestResource.class)
class SurveyLifecycleTest {

    final GraphQLTestClient client = GraphQLTestClient.as(TestTokens.analyst("lifecycle"));

    String draft(String title) {
        return client.runOk("createSurvey", Map.of("input", Map.of("title", title, "description", "d")))
                .getString("data.createSurvey.id");
    }

    @Test
    void questionsChangeOnlyWhileDraftAndResponsesOnlyWhileOpen() {
        String id = draft("Lifecycle");
        Map<String, Object> single = Map.of(
                "code",
                "channel",
                "text",
                "Where do you shop?",
                "type",
                "MULTI_CHOICE",
                "dimension",
                "BEHAVIOURAL",
                "role",
                "DESCRIPTOR",
                "options",
                List.of("Online", "Store", "Phone"));
        client.runOk("addQuestions", Map.of("surveyId", id, "questions", List.of(BadImportTest.likert("q1"), single)));
        List<Map<String, Object>> response =
                List.of(Map.of("respondentId", "r1", "answers", List.of(Map.of("questionCode", "q1", "value", "3"))));
        assertCode("VALIDATION", client.run("submitResponses", Map.of("surveyId", id, "responses", response)));

        assertEquals("OPEN", client.runOk("openSurvey", Map.of("id", id)).getString("data.openSurvey.status"));
        assertCode(
                "VALIDATION",
                client.run("addQuestions", Map.of("surveyId", id, "questions", List.of(BadImportTest.likert("q2")))));
        List<Map<String, Object>> two = List.of(
                Map.of(
                        "respondentId",
                        "r1",
                        "answers",
                        List.of(
                                Map.of("questionCode", "q1", "value", "3"),
                                Map.of("questionCode", "channel", "values", List.of("Online", "Phone")))),
                Map.of("respondentId", "r2", "answers", List.of(Map.of("questionCode", "q1", "value", "5"))));
        assertEquals(
                2,
                client.runOk("submitResponses", Map.of("surveyId", id, "responses", two))
                        .getInt("data.submitResponses"));
        // resubmitting replaces: r1 changes, r2 is identical and not counted
        List<Map<String, Object>> again = List.of(
                Map.of("respondentId", "r1", "answers", List.of(Map.of("questionCode", "q1", "value", "1"))),
                Map.of("respondentId", "r2", "answers", List.of(Map.of("questionCode", "q1", "value", "5"))));
        assertEquals(
                1,
                client.runOk("submitResponses", Map.of("surveyId", id, "responses", again))
                        .getInt("data.submitResponses"));
        JsonPath matrix = client.runOk(
                "responseMatrix", Map.of("surveyId", id, "codes", List.of("q1", "channel", "channel:Online")));
        assertEquals(java.util.Arrays.asList(1.0f, null, null), matrix.getList("data.responseMatrix.rows[0].values"));

        assertEquals(
                1,
                client.runOk("deleteResponses", Map.of("surveyId", id, "respondentIds", List.of("r1", "zz")))
                        .getInt("data.deleteResponses"));
        assertEquals("CLOSED", client.runOk("closeSurvey", Map.of("id", id)).getString("data.closeSurvey.status"));
        assertCode("VALIDATION", client.run("submitResponses", Map.of("surveyId", id, "responses", again)));
    }

    @Test
    void multiChoiceIsCodedAsABitMaskAndOptionColumns() {
        String id = draft("Channels");
        client.runOk(
                "addQuestions",
                Map.of(
                        "surveyId",
                        id,
                        "questions",
                        List.of(Map.of(
                                "code",
                                "channel",
                                "text",
                                "Where?",
                                "type",
                                "MULTI_CHOICE",
                                "dimension",
                                "BEHAVIOURAL",
                                "role",
                                "DESCRIPTOR",
                                "options",
                                List.of("Online", "Store", "Phone")))));
        client.runOk("openSurvey", Map.of("id", id));
        client.runOk(
                "submitResponses",
                Map.of(
                        "surveyId",
                        id,
                        "responses",
                        List.of(Map.of(
                                "respondentId",
                                "r1",
                                "answers",
                                List.of(Map.of("questionCode", "channel", "values", List.of("Online", "Phone")))))));
        JsonPath matrix = client.runOk(
                "responseMatrix",
                Map.of(
                        "surveyId",
                        id,
                        "codes",
                        List.of("channel", "channel:Online", "channel:Store", "channel:Phone")));
        assertEquals(List.of(5.0f, 1.0f, 0.0f, 1.0f), matrix.getList("data.responseMatrix.rows[0].values"));
    }

    @Test
    void invalidQuestionsNameTheFieldAndWriteNothing() {
        String id = draft("Invalid questions");
        Map<String, Object> noScale =
                Map.of("code", "q2", "text", "t", "type", "LIKERT", "dimension", "VALUES", "role", "BASIS");
        JsonPath answer = client.run(
                "addQuestions", Map.of("surveyId", id, "questions", List.of(BadImportTest.likert("q1"), noScale)));
        assertCode("VALIDATION", answer);
        assertEquals("questions[1].scaleMin", answer.getString("errors[0].extensions.field"));
        JsonPath duplicate = client.run(
                "addQuestions",
                Map.of("surveyId", id, "questions", List.of(BadImportTest.likert("q1"), BadImportTest.likert("q1"))));
        assertEquals("questions[1].code", duplicate.getString("errors[0].extensions.field"));
        Map<String, Object> badCode = new HashMap<>(BadImportTest.likert("1bad"));
        assertEquals(
                "questions[0].code",
                client.run("addQuestions", Map.of("surveyId", id, "questions", List.of(badCode)))
                        .getString("errors[0].extensions.field"));
        assertTrue(client.runOk("survey", Map.of("id", id))
                .getList("data.survey.questions")
                .isEmpty());
        assertEquals("questions", client.run("openSurvey", Map.of("id", id)).getString("errors[0].extensions.field"));
    }

    @Test
    void invalidSubmissionNamesTheRespondentAndQuestion() {
        String id = draft("Invalid answers");
        client.runOk("addQuestions", Map.of("surveyId", id, "questions", List.of(BadImportTest.likert("q1"))));
        client.runOk("openSurvey", Map.of("id", id));
        List<Map<String, Object>> responses = List.of(
                Map.of("respondentId", "ok", "answers", List.of(Map.of("questionCode", "q1", "value", "2"))),
                Map.of("respondentId", "bad", "answers", List.of(Map.of("questionCode", "q1", "value", "9"))));
        JsonPath answer = client.run("submitResponses", Map.of("surveyId", id, "responses", responses));
        assertCode("VALIDATION", answer);
        assertEquals("responses[1].answers[q1]", answer.getString("errors[0].extensions.field"));
        assertEquals(0, client.runOk("responses", Map.of("surveyId", id)).getInt("data.responses.totalCount"));

        List<Map<String, Object>> tooMany = new ArrayList<>();
        for (int i = 0; i <= 1000; i++) {
            tooMany.add(Map.of("respondentId", "r" + i, "answers", List.of()));
        }
        assertEquals(
                "responses",
                client.run("submitResponses", Map.of("surveyId", id, "responses", tooMany))
                        .getString("errors[0].extensions.field"));
    }

    @Test
    void surveysArePagedNewestFirst() {
        GraphQLTestClient own = GraphQLTestClient.as(TestTokens.analyst("paging"));
        for (int i = 0; i < 5; i++) {
            own.runOk("createSurvey", Map.of("input", Map.of("title", "S" + i)));
        }
        List<String> titles = new ArrayList<>();
        String after = null;
        do {
            Map<String, Object> vars = new HashMap<>(Map.of("first", 2));
            if (after != null) {
                vars.put("after", after);
            }
            JsonPath page = own.runOk("surveys", vars);
            assertEquals(5, page.getInt("data.surveys.totalCount"));
            titles.addAll(page.getList("data.surveys.edges.node.title"));
            after = page.getBoolean("data.surveys.pageInfo.hasNextPage")
                    ? page.getString("data.surveys.pageInfo.endCursor")
                    : null;
        } while (after != null);
        assertEquals(List.of("S4", "S3", "S2", "S1", "S0"), titles);
        assertCode("VALIDATION", own.run("surveys", Map.of("first", 1000)));
        assertCode("VALIDATION", own.run("surveys", Map.of("after", "%%%")));
        assertFalse(titles.isEmpty());
        assertNull(own.run("surveys", Map.of("first", 1)).get("errors"));
    }
}
