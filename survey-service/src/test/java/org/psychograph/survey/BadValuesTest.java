package org.psychograph.survey;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.psychograph.survey.SecurityTest.assertCode;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.psychograph.testing.GraphQLTestClient;
import org.psychograph.testing.PostgresTestResource;
import org.psychograph.testing.TestTokens;

/**
 * Every bad value sent over GraphQL gets VALIDATION naming its field, never "System error", and nothing is written.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcWiremockTestResource.class)
class BadValuesTest {

    final String token = TestTokens.analyst("bad-values");
    final GraphQLTestClient client = GraphQLTestClient.as(token);
    String surveyId;

    @BeforeEach
    void survey() {
        surveyId = SurveyFixtures.openSurvey(
                token,
                "Bad values",
                List.of(
                        BadImportTest.likert("q1"),
                        Map.of(
                                "code",
                                "n1",
                                "text",
                                "How much?",
                                "type",
                                "NUMERIC",
                                "dimension",
                                "BEHAVIOURAL",
                                "role",
                                "DESCRIPTOR"),
                        Map.of(
                                "code",
                                "t1",
                                "text",
                                "Why?",
                                "type",
                                "TEXT",
                                "dimension",
                                "VALUES",
                                "role",
                                "DESCRIPTOR")));
    }

    /** VALIDATION on this field, with a message free of Java class names. */
    static void assertValidation(String field, JsonPath answer) {
        assertCode("VALIDATION", answer);
        assertEquals(field, answer.getString("errors[0].extensions.field"), answer::prettify);
        String errors = answer.prettify();
        for (String leak : List.of("System error", "java.", "org.psychograph")) {
            assertFalse(errors.contains(leak), () -> "the error names '" + leak + "': " + errors);
        }
        String message = answer.getString("errors[0].message");
        assertFalse(message.contains("Exception"), message);
    }

    static Map<String, Object> response(String id, String code, String value) {
        return Map.of("respondentId", id, "answers", List.of(Map.of("questionCode", code, "value", value)));
    }

    JsonPath submit(Map<String, Object> response) {
        return client.run("submitResponses", Map.of("surveyId", surveyId, "responses", List.of(response)));
    }

    int stored() {
        return client.runOk("responses", Map.of("surveyId", surveyId)).getInt("data.responses.totalCount");
    }

    @Test
    void nulIsRefusedWhereverTextGoes() {
        assertValidation("responses[0].respondentId", submit(response("a\u0000b", "q1", "3")));
        assertValidation("responses[0].answers[0].value", submit(response("r1", "t1", "because\u0000")));
        assertValidation(
                "responses[0].attributes[0].value",
                submit(Map.of(
                        "respondentId",
                        "r1",
                        "answers",
                        List.of(),
                        "attributes",
                        List.of(Map.of("name", "crm", "value", "x\u0000")))));
        assertEquals(0, stored());
        assertValidation("input.title", client.run("createSurvey", Map.of("input", Map.of("title", "T\u0000"))));
        String draft = client.runOk("createSurvey", Map.of("input", Map.of("title", "Draft")))
                .getString("data.createSurvey.id");
        Map<String, Object> question = new HashMap<>(BadImportTest.likert("q1"));
        question.put("text", "Agree\u0000?");
        assertValidation(
                "questions[0].text",
                client.run("addQuestions", Map.of("surveyId", draft, "questions", List.of(question))));
        Map<String, Object> choice = Map.of(
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
                List.of("A", "B\u0000"));
        assertValidation(
                "questions[0].options[1]",
                client.run("addQuestions", Map.of("surveyId", draft, "questions", List.of(choice))));
        assertValidation(
                "respondentIds[1]",
                client.run("deleteResponses", Map.of("surveyId", surveyId, "respondentIds", List.of("r1", "\u0000"))));
    }

    @Test
    void aLoneSurrogateIsRefusedNotStoredAsAQuestionMark() throws JsonProcessingException {
        // written by hand: a JSON library will not write a lone surrogate, but a client can send the escape
        String body = "{\"query\": " + new ObjectMapper().writeValueAsString(GraphQLTestClient.load("submitResponses"))
                + ", \"variables\": {\"surveyId\": \"" + surveyId + "\", \"responses\": [{\"respondentId\": "
                + "\"r\\ud800x\", \"answers\": []}]}}";
        JsonPath answer = given().header("Authorization", TestTokens.bearer(token))
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/graphql")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertValidation("responses[0].respondentId", answer);
        assertEquals(0, stored());
    }

    @Test
    void aCursorThatIsNotOursIsRefusedOnItsField() {
        for (String cursor : List.of("AA", "%%%", "_w", "")) {
            assertValidation("after", client.run("responses", Map.of("surveyId", surveyId, "after", cursor)));
            assertValidation("after", client.run("responseMatrix", Map.of("surveyId", surveyId, "after", cursor)));
            assertValidation("after", client.run("surveys", Map.of("after", cursor)));
        }
    }

    @Test
    void integerArgumentsOutside32BitsAreRefusedNotWrapped() {
        for (long first : List.of(4294967297L, 2147483648L, -4294967295L)) {
            assertValidation("first", client.run("surveys", Map.of("first", first)));
            assertValidation("first", client.run("responses", Map.of("surveyId", surveyId, "first", first)));
        }
        assertValidation("first", client.run("surveys", Map.of("first", 2.5)));
        assertValidation("first", client.run("surveysFirstLiteral", Map.of()));
        assertEquals(
                1,
                client.runOk("surveys", Map.of("first", 1))
                        .getList("data.surveys.edges")
                        .size());
    }

    @Test
    void aScaleMustBeOrderedAndSane() {
        String draft = client.runOk("createSurvey", Map.of("input", Map.of("title", "Scales")))
                .getString("data.createSurvey.id");
        Map<String, Object> wrapped = new HashMap<>(BadImportTest.likert("q1"));
        wrapped.put("scaleMin", 2147483647);
        wrapped.put("scaleMax", -2147483648);
        assertValidation(
                "questions[0].scaleMin",
                client.run("addQuestions", Map.of("surveyId", draft, "questions", List.of(wrapped))));
        Map<String, Object> reversed = new HashMap<>(BadImportTest.likert("q1"));
        reversed.put("scaleMin", 5);
        reversed.put("scaleMax", 1);
        assertValidation(
                "questions[1].scaleMax",
                client.run(
                        "addQuestions",
                        Map.of("surveyId", draft, "questions", List.of(BadImportTest.likert("q0"), reversed))));
        Map<String, Object> wide = new HashMap<>(BadImportTest.likert("q1"));
        wide.put("scaleMin", 0);
        wide.put("scaleMax", 101);
        assertValidation(
                "questions[0].scaleMax",
                client.run("addQuestions", Map.of("surveyId", draft, "questions", List.of(wide))));
        Map<String, Object> numeric = new HashMap<>(Map.of(
                "code",
                "n1",
                "text",
                "How much?",
                "type",
                "NUMERIC",
                "dimension",
                "BEHAVIOURAL",
                "role",
                "DESCRIPTOR",
                "numericMax",
                1e300));
        assertValidation(
                "questions[0].numericMax",
                client.run("addQuestions", Map.of("surveyId", draft, "questions", List.of(numeric))));
        assertEquals(List.of(), client.runOk("survey", Map.of("id", draft)).getList("data.survey.questions"));
    }

    @Test
    void numericAnswersAreFiniteAndOfSaneSize() {
        for (String value : List.of("NaN", "Infinity", "-Infinity", "1e308", "1e400", "1000000000001", "0x1p3")) {
            assertValidation("responses[0].answers[n1]", submit(response("r1", "n1", value)));
        }
        assertEquals(0, stored());
        client.runOk(
                "submitResponses",
                Map.of(
                        "surveyId",
                        surveyId,
                        "responses",
                        List.of(
                                response("big", "n1", "1e12"),
                                response("small", "n1", "-1000000000000"),
                                response("plain", "n1", "12.5"))));
        JsonPath matrix = client.runOk("responseMatrix", Map.of("surveyId", surveyId, "codes", List.of("n1")));
        assertEquals(List.of("big", "plain", "small"), matrix.getList("data.responseMatrix.rows.respondentId"));
        double[] expected = {1e12, 12.5, -1e12};
        for (int i = 0; i < expected.length; i++) {
            double value = ((Number) matrix.getList("data.responseMatrix.rows[" + i + "].values")
                            .get(0))
                    .doubleValue();
            assertEquals(expected[i], value, Math.abs(expected[i]) * 1e-6, "row " + i);
        }
    }

    @Test
    void aQuestionAnsweredTwiceInOneResponseIsRefused() {
        Map<String, Object> twice = Map.of(
                "respondentId",
                "r1",
                "answers",
                List.of(Map.of("questionCode", "q1", "value", "1"), Map.of("questionCode", "q1", "value", "5")));
        assertValidation("responses[0].answers[q1]", submit(twice));
        List<Map<String, Object>> many = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            many.add(Map.of("questionCode", "q" + i, "value", "1"));
        }
        assertValidation("responses[0].answers", submit(Map.of("respondentId", "r1", "answers", many)));
        assertEquals(0, stored());
    }
}
