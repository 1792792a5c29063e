package org.psychograph.gateway;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.psychograph.testing.GraphQLTestClient;
import org.psychograph.testing.TestTokens;

/** Operations pass through with their arguments; the services' errors come back with their code and field. */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(DownstreamStubs.class)
class PassThroughTest {

    final GraphQLTestClient analyst = GraphQLTestClient.as(TestTokens.analyst("acme"));

    @BeforeEach
    void healthyServices() {
        Stubs.resetAll();
    }

    @Test
    void mutationsPassTheirInputThrough() {
        JsonPath answer = analyst.runOk("createSurvey", Map.of("input", Map.of("title", "Coffee habits")));
        assertEquals("Coffee habits", answer.getString("data.createSurvey.title"));
        assertThat(Stubs.of("survey").documents(), hasItem(containsString("createSurvey($input: CreateSurveyInput!)")));

        answer = analyst.runOk(
                "updatePersona",
                Map.of("id", "p-r1-1", "patch", Map.of("name", "Thrifty Tina", "sections", List.of())));
        assertEquals("Thrifty Tina", answer.getString("data.updatePersona.name"));
        assertThat(
                Stubs.of("persona").documents(),
                hasItem(containsString("updatePersona($id: ID!, $patch: PersonaPatch!)")));
    }

    @Test
    void createWavePassesItsInputThroughAndTheWaveFieldsBack() {
        JsonPath answer = analyst.runOk(
                "createWave",
                Map.of(
                        "surveyId",
                        "s1",
                        "input",
                        Map.of("label", "March", "fieldedFrom", "2027-03-01", "fieldedTo", "2027-03-31")));
        assertEquals("Brand tracker — March", answer.getString("data.createWave.title"));
        assertEquals(
                Map.of("label", "March", "fieldedFrom", "2027-03-01", "fieldedTo", "2027-03-31", "number", 2),
                answer.getMap("data.createWave.wave"));
        assertEquals(List.of("s1", "s9"), answer.getList("data.createWave.waves.id"));
        assertEquals("Wave 1", answer.getString("data.createWave.waves[0].wave.label"));
        assertThat(
                Stubs.of("survey").documents(),
                hasItem(containsString("createWave($surveyId: ID!, $input: CreateWaveInput!) { createWave(surveyId: "
                        + "$surveyId, input: $input) { id title wave { label fieldedFrom fieldedTo number } "
                        + "waves { id wave { label number } } } }")));
    }

    @Test
    void questionEditsPassThroughWithTheServicesFieldErrors() {
        JsonPath answer = analyst.runOk("removeQuestion", Map.of("surveyId", "s1", "code", "q2"));
        assertEquals(List.of("q1"), answer.getList("data.removeQuestion.questions.code"));
        assertThat(
                Stubs.of("survey").documents(),
                hasItem(containsString("removeQuestion($surveyId: ID!, $code: String!) { removeQuestion(surveyId: "
                        + "$surveyId, code: $code) { id status questions { code position } } }")));
        JsonPath refused = analyst.run("removeQuestion", Map.of("surveyId", "s1", "code", "q9"));
        assertEquals("VALIDATION", refused.getString("errors[0].extensions.code"), refused::prettify);
        assertEquals("code", refused.getString("errors[0].extensions.field"));
    }

    @Test
    void questionMeaningsAndTheirCorrectionPassThrough() {
        JsonPath read = analyst.runOk("questionMeanings", Map.of("runId", "r1"));
        assertEquals(List.of("cheap", "spicy"), read.getList("data.questionMeanings.questionCode"));
        assertEquals("LEXICON", read.getString("data.questionMeanings[0].source"));
        assertNull(read.get("data.questionMeanings[1].concept"), "no concept stays null");

        Map<String, Object> variables = new java.util.HashMap<>();
        variables.put("runId", "r1");
        variables.put("questionCode", "spicy");
        variables.put("concept", "fun");
        variables.put("pole", "HIGH");
        JsonPath corrected = analyst.runOk("correctQuestionMeaning", variables);
        assertEquals("fun", corrected.getString("data.correctQuestionMeaning.concept"));
        assertEquals("HIGH", corrected.getString("data.correctQuestionMeaning.pole"));
        assertEquals("ANALYST", corrected.getString("data.correctQuestionMeaning.source"));
        assertThat(
                Stubs.of("persona").documents(),
                hasItem(
                        containsString(
                                "correctQuestionMeaning($runId: String!, $questionCode: String!, $concept: String, $pole: Direction)")));
    }

    @Test
    void notFoundKeepsItsCodeAndIsNotRetried() {
        JsonPath answer = analyst.run("survey", Map.of("id", "elsewhere"));
        assertCode("NOT_FOUND", answer);
        assertEquals("no survey elsewhere", answer.getString("errors[0].message"));
        assertNull(answer.get("data.survey"));
        assertEquals(1, Stubs.of("survey").count("survey"), "an answer is not a failure: no retry");
    }

    @Test
    void validationKeepsItsCodeAndField() {
        JsonPath answer = analyst.run("createSurvey", Map.of("input", Map.of("title", " ")));
        assertCode("VALIDATION", answer);
        assertEquals("input.title", answer.getString("errors[0].extensions.field"));
    }

    @Test
    void securityCodesOfAServiceAreMappedToTheSuitesCodes() {
        assertCode("FORBIDDEN", analyst.run("closeSurvey", Map.of("id", "s1")));
    }

    @Test
    void aServiceRefusingTheTokenIsUnauthorizedNotUnavailable() {
        Stubs.of("persona").rejectTokens();
        assertCode(
                "UNAUTHORIZED",
                analyst.run(
                        "updatePersona", Map.of("id", "p-r1-1", "patch", Map.of("name", "x", "sections", List.of()))));
        JsonPath read = analyst.run("surveysAndPersonas", Map.of());
        assertEquals("Brand tracker", read.getString("data.survey.title"), read::prettify);
        assertEquals("UNAUTHORIZED", read.getString("errors[0].extensions.code"), read::prettify);
        assertEquals(1, Stubs.of("persona").count("personas"), "a refused token is not retried");
    }

    @Test
    void pageSizeAboveTheServicesMaximumIsRejectedBeforeCalling() {
        JsonPath answer = analyst.run("surveys", Map.of("first", 101));
        assertCode("VALIDATION", answer);
        assertEquals("first", answer.getString("errors[0].extensions.field"));
        assertThat(answer.getString("errors[0].message"), containsString("between 1 and 100"));
        assertEquals(0, Stubs.of("survey").count("surveys"));

        assertEquals(2, analyst.runOk("surveys", Map.of("first", 100)).getInt("data.surveys.totalCount"));
    }

    static void assertCode(String code, JsonPath answer) {
        assertEquals(code, answer.getString("errors[0].extensions.code"), answer::prettify);
        assertNull(answer.getString("errors[0].extensions.exception.stackTrace"));
    }
}
