package org.psychograph.survey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.psychograph.survey.SecurityTest.assertCode;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.psychograph.testing.GraphQLTestClient;
import org.psychograph.testing.PostgresTestResource;
import org.psychograph.testing.TestTokens;

/** A DRAFT survey's questions are edited and removed in place; nothing else can change them. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcWiremockTestResource.class)
class QuestionEditTest {

    final GraphQLTestClient client = GraphQLTestClient.as(TestTokens.analyst("question-edit"));

    private String draftWith(String... codes) {
        String id = client.runOk("createSurvey", Map.of("input", Map.of("title", "Question edits")))
                .getString("data.createSurvey.id");
        client.runOk(
                "addQuestions",
                Map.of(
                        "surveyId",
                        id,
                        "questions",
                        java.util.Arrays.stream(codes)
                                .map(BadImportTest::likert)
                                .toList()));
        return id;
    }

    private static Map<String, Object> likert(String code, int min, int max, boolean reverse) {
        Map<String, Object> q = new HashMap<>(BadImportTest.likert(code));
        q.put("text", "How much do you agree that " + code + "?");
        q.put("scaleMin", min);
        q.put("scaleMax", max);
        q.put("reverseCoded", reverse);
        return q;
    }

    @Test
    void anEditReplacesTheDefinitionAndKeepsThePlace() {
        String id = draftWith("q1", "q2", "q3");
        JsonPath edited = client.runOk(
                "updateQuestion", Map.of("surveyId", id, "code", "q2", "question", likert("price", 1, 7, true)));
        assertEquals(List.of("q1", "price", "q3"), edited.getList("data.updateQuestion.questions.code"));
        assertEquals(List.of(0, 1, 2), edited.getList("data.updateQuestion.questions.position"));
        assertEquals(7, edited.getInt("data.updateQuestion.questions[1].scaleMax"));
        assertEquals(true, edited.getBoolean("data.updateQuestion.questions[1].reverseCoded"));
        assertEquals("How much do you agree that price?", edited.getString("data.updateQuestion.questions[1].text"));

        // the code may stay the same; another question's code may not be taken
        client.runOk("updateQuestion", Map.of("surveyId", id, "code", "q1", "question", likert("q1", 0, 10, false)));
        JsonPath taken = client.run(
                "updateQuestion", Map.of("surveyId", id, "code", "q1", "question", likert("q3", 1, 5, false)));
        assertCode("VALIDATION", taken);
        assertEquals("question.code", taken.getString("errors[0].extensions.field"), taken::prettify);
        JsonPath badScale = client.run(
                "updateQuestion", Map.of("surveyId", id, "code", "q1", "question", likert("q1", 5, 1, false)));
        assertCode("VALIDATION", badScale);
        assertEquals("question.scaleMax", badScale.getString("errors[0].extensions.field"), badScale::prettify);
        JsonPath unknown = client.run(
                "updateQuestion", Map.of("surveyId", id, "code", "nope", "question", likert("x", 1, 5, false)));
        assertCode("VALIDATION", unknown);
        assertEquals("code", unknown.getString("errors[0].extensions.field"));
    }

    @Test
    void aRemovalMovesTheLaterQuestionsUpAndAnImportUsesTheNewOrder() {
        String id = draftWith("a", "b", "c", "d");
        JsonPath removed = client.runOk("removeQuestion", Map.of("surveyId", id, "code", "b"));
        assertEquals(List.of("a", "c", "d"), removed.getList("data.removeQuestion.questions.code"));
        assertEquals(List.of(0, 1, 2), removed.getList("data.removeQuestion.questions.position"));
        JsonPath first = client.runOk("removeQuestion", Map.of("surveyId", id, "code", "a"));
        assertEquals(List.of("c", "d"), first.getList("data.removeQuestion.questions.code"));
        assertEquals(List.of(0, 1), first.getList("data.removeQuestion.questions.position"));
        // a question added after removals takes the next place, and answers land in the right columns
        client.runOk("addQuestions", Map.of("surveyId", id, "questions", List.of(BadImportTest.likert("e"))));
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
                                List.of(
                                        Map.of("questionCode", "c", "value", "1"),
                                        Map.of("questionCode", "d", "value", "2"),
                                        Map.of("questionCode", "e", "value", "3"))))));
        JsonPath matrix = client.runOk("responseMatrix", Map.of("surveyId", id, "codes", List.of("e", "c", "d")));
        assertEquals(List.of(3.0f, 1.0f, 2.0f), matrix.getList("data.responseMatrix.rows[0].values"));
    }

    @Test
    void aSurveyWhoseLastQuestionWasRemovedCannotBeOpened() {
        String id = draftWith("solo");
        JsonPath empty = client.runOk("removeQuestion", Map.of("surveyId", id, "code", "solo"));
        assertEquals(List.of(), empty.getList("data.removeQuestion.questions"));
        JsonPath refused = client.run("openSurvey", Map.of("id", id));
        assertCode("VALIDATION", refused);
        assertEquals("questions", refused.getString("errors[0].extensions.field"));
    }

    @Test
    void concurrentAddsAndRemovalsLeaveNoGapInThePositions() throws Exception {
        String id = draftWith("a", "b", "c", "d", "e", "f");
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(6);
        try {
            List<java.util.concurrent.Future<JsonPath>> answers = new java.util.ArrayList<>();
            for (String code : List.of("b", "d", "f")) {
                answers.add(pool.submit(() -> client.run("removeQuestion", Map.of("surveyId", id, "code", code))));
                answers.add(pool.submit(() -> client.run(
                        "addQuestions",
                        Map.of("surveyId", id, "questions", List.of(BadImportTest.likert("new-" + code))))));
            }
            for (java.util.concurrent.Future<JsonPath> answer : answers) {
                JsonPath each = answer.get();
                assertNull(each.get("errors"), each::prettify);
            }
        } finally {
            pool.shutdown();
        }
        JsonPath survey = client.runOk("survey", Map.of("id", id));
        List<String> codes = survey.getList("data.survey.questions.code");
        assertEquals(6, codes.size(), codes::toString);
        assertEquals(
                java.util.Set.of("a", "c", "e", "new-b", "new-d", "new-f"),
                java.util.Set.copyOf(codes),
                codes::toString);
        // an add after them all takes the next place: the positions are 0..5 with no gap or double
        JsonPath added = client.runOk(
                "addQuestions", Map.of("surveyId", id, "questions", List.of(BadImportTest.likert("last"))));
        assertEquals(List.of(0, 1, 2, 3, 4, 5, 6), added.getList("data.addQuestions.questions.position"));
    }

    @Test
    void onlyADraftSurveysQuestionsChangeAndOnlyForAnAnalystOfItsWorkspace() {
        String id = draftWith("q1", "q2");
        String token = TestTokens.viewer("question-edit");
        GraphQLTestClient viewer = GraphQLTestClient.as(token);
        assertCode("FORBIDDEN", viewer.run("removeQuestion", Map.of("surveyId", id, "code", "q1")));
        assertCode(
                "FORBIDDEN",
                viewer.run(
                        "updateQuestion", Map.of("surveyId", id, "code", "q1", "question", likert("q1", 1, 5, false))));
        GraphQLTestClient stranger = GraphQLTestClient.as(TestTokens.analyst("another-workspace"));
        assertCode("NOT_FOUND", stranger.run("removeQuestion", Map.of("surveyId", id, "code", "q1")));

        client.runOk("openSurvey", Map.of("id", id));
        JsonPath open = client.run("removeQuestion", Map.of("surveyId", id, "code", "q1"));
        assertCode("VALIDATION", open);
        assertEquals("surveyId", open.getString("errors[0].extensions.field"));
        assertCode(
                "VALIDATION",
                client.run(
                        "updateQuestion", Map.of("surveyId", id, "code", "q1", "question", likert("q1", 1, 5, false))));
        JsonPath still = client.runOk("survey", Map.of("id", id));
        assertEquals(List.of("q1", "q2"), still.getList("data.survey.questions.code"));
    }
}
