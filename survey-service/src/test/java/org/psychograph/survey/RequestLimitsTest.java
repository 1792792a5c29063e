package org.psychograph.survey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.psychograph.survey.BadValuesTest.assertValidation;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.psychograph.testing.GraphQLTestClient;
import org.psychograph.testing.PostgresTestResource;
import org.psychograph.testing.TestTokens;

/** Each per-request limit (defaults of docs/operations.md) is answered with VALIDATION naming the field and limit. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcWiremockTestResource.class)
class RequestLimitsTest {

    final String token = TestTokens.analyst("limits");
    final GraphQLTestClient client = GraphQLTestClient.as(token);

    String draft() {
        return client.runOk("createSurvey", Map.of("input", Map.of("title", "Limits")))
                .getString("data.createSurvey.id");
    }

    static List<Map<String, Object>> likerts(int from, int count) {
        List<Map<String, Object>> questions = new ArrayList<>();
        for (int i = from; i < from + count; i++) {
            questions.add(BadImportTest.likert("q" + i));
        }
        return questions;
    }

    @Test
    void aSurveyHasAtMost500Questions() {
        String id = draft();
        client.runOk("addQuestions", Map.of("surveyId", id, "questions", likerts(0, 499)));
        assertValidation("questions", client.run("addQuestions", Map.of("surveyId", id, "questions", likerts(499, 2))));
        client.runOk("addQuestions", Map.of("surveyId", id, "questions", likerts(499, 1)));
        assertEquals(
                500,
                client.runOk("survey", Map.of("id", id))
                        .getList("data.survey.questions")
                        .size());
    }

    @Test
    void optionLabelsAndQuestionTextsAreBounded() {
        String id = draft();
        Map<String, Object> choice = new HashMap<>(Map.of(
                "code",
                "c1",
                "text",
                "Which?",
                "type",
                "SINGLE_CHOICE",
                "dimension",
                "VALUES",
                "role",
                "DESCRIPTOR",
                "options",
                List.of("A", "x".repeat(501))));
        assertValidation(
                "questions[0].options[1]",
                client.run("addQuestions", Map.of("surveyId", id, "questions", List.of(choice))));
        choice.put("options", List.of("A", "x".repeat(500)));
        choice.put("text", "t".repeat(2001));
        assertValidation(
                "questions[0].text", client.run("addQuestions", Map.of("surveyId", id, "questions", List.of(choice))));
        choice.put("text", "t".repeat(2000));
        client.runOk("addQuestions", Map.of("surveyId", id, "questions", List.of(choice)));
    }

    @Test
    void aMatrixPageAsksForAtMost500DistinctColumns() {
        String id = SurveyFixtures.openSurvey(
                token, "Matrix", List.of(BadImportTest.likert("q1"), BadImportTest.likert("q2")));
        List<String> repeated = new ArrayList<>();
        for (int i = 0; i < 501; i++) {
            repeated.add(i % 2 == 0 ? "q1" : "q2");
        }
        assertValidation("questionCodes", client.run("responseMatrix", Map.of("surveyId", id, "codes", repeated)));
        assertValidation(
                "questionCodes[2]",
                client.run("responseMatrix", Map.of("surveyId", id, "codes", List.of("q1", "q2", "q1"))));
        assertEquals(
                List.of("q2", "q1"),
                client.runOk("responseMatrix", Map.of("surveyId", id, "codes", List.of("q2", "q1")))
                        .getList("data.responseMatrix.columns"));
    }

    @Test
    void idsPerCallAreBounded() {
        String id = SurveyFixtures.openSurvey(token, "Ids", List.of(BadImportTest.likert("q1")));
        List<String> ids = new ArrayList<>();
        for (int i = 0; i <= 1000; i++) {
            ids.add("r" + i);
        }
        assertValidation("respondentIds", client.run("deleteResponses", Map.of("surveyId", id, "respondentIds", ids)));
        assertEquals(
                0,
                client.runOk("deleteResponses", Map.of("surveyId", id, "respondentIds", ids.subList(0, 1000)))
                        .getInt("data.deleteResponses"));
        List<String> surveyIds = new ArrayList<>(ids.subList(0, 101));
        assertValidation("ids", client.run("surveysByIds", Map.of("ids", surveyIds)));
    }
}
