package org.psychograph.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.RestAssured;
import io.restassured.config.HttpClientConfig;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.psychograph.testing.GraphQLTestClient;
import org.psychograph.testing.TestTokens;

/**
 * Bad values get a clear, coded error naming the argument, never a wrapped value or "System error"; no error shows a
 * Java name; an answer that cannot be written as JSON still gets an answer.
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(DownstreamStubs.class)
class ClearErrorsTest {

    /** A qualified Java name or an exception's class name, anywhere in an answer. */
    private static final Pattern JAVA_NAME =
            Pattern.compile("\\b(java|javax|jakarta|io|org|com)\\.[a-z]|[A-Z]\\w*Exception\\b");

    final GraphQLTestClient analyst = GraphQLTestClient.as(TestTokens.analyst("acme"));

    @BeforeEach
    void healthyServices() {
        Stubs.resetAll();
    }

    @Test
    void anIntLiteralPast32BitsIsRefusedNotWrapped() {
        JsonPath answer = analyst.run("surveysPastIntRange");
        assertValidation("first", answer);
        assertThat(answer.getString("errors[0].message"), containsString("4294967297"));
        assertEquals(0, Stubs.of("survey").count("surveys"), "served as first: 1 before");
    }

    @Test
    void anIntVariablePast32BitsIsRefusedNotWrapped() {
        JsonPath answer = analyst.run("surveys", Map.of("first", 4294967297L));
        assertValidation("first", answer);
        assertEquals(0, Stubs.of("survey").count("surveys"));
    }

    @Test
    void anIntInsideAnInputObjectIsCheckedToo() {
        Map<String, Object> question = Map.of(
                "code",
                "q1",
                "text",
                "Tasty?",
                "type",
                "LIKERT",
                "dimension",
                "ATTITUDES",
                "role",
                "BASIS",
                "scaleMin",
                1,
                "scaleMax",
                2147483648L);
        JsonPath answer = analyst.run("addQuestions", Map.of("surveyId", "s1", "questions", List.of(question)));
        assertValidation("questions.scaleMax", answer);
        assertEquals(0, Stubs.of("survey").count("addQuestions"));
    }

    @Test
    void theLargestIntsStillPass() {
        // the edge itself is no error: the stub answers, whatever the page size
        analyst.runOk("surveys", Map.of("first", 100));
        JsonPath answer = analyst.run("surveys", Map.of("first", 2147483647));
        assertValidation("first", answer);
        assertThat(
                "the gateway's own page-size check, not the range check",
                answer.getString("errors[0].message"),
                containsString("between 1 and 100"));
    }

    @Test
    void textForAnIntIsRefusedNamingTheArgument() {
        JsonPath answer = analyst.run("surveys", Map.of("first", "abc"));
        assertValidation("first", answer);
        assertEquals(0, Stubs.of("survey").count("surveys"));
    }

    @Test
    void graphQLsOwnValidationErrorsCarryTheValidationCode() {
        JsonPath answer = analyst.run("unknownField");
        assertEquals("VALIDATION", answer.getString("errors[0].extensions.code"), answer::prettify);
        assertThat(answer.getString("errors[0].message"), containsString("surveyz"));
        assertNoJavaNames(answer);
    }

    @Test
    void aCursorTheServiceCannotReadKeepsItsValidationCodeAndField() {
        JsonPath answer = analyst.run("surveysAfter", Map.of("after", "AA"));
        assertValidation("after", answer);
        assertEquals("after is not a cursor of this list", answer.getString("errors[0].message"));
        assertEquals(1, Stubs.of("survey").count("surveys"), "an answer, not a failure: not retried");
    }

    @Test
    void aServiceMessageShowingJavaNamesIsReplacedWithAPlainSentence() {
        JsonPath answer = analyst.run("survey", Map.of("id", "leaky"));
        assertEquals("DOWNSTREAM_ERROR", answer.getString("errors[0].extensions.code"), answer::prettify);
        assertThat(answer.getString("errors[0].message"), containsString("survey-service could not answer"));
        assertNoJavaNames(answer);
    }

    @Test
    void errorsNeverCarryTheExceptionsClassName() {
        JsonPath answer = analyst.run("surveys", Map.of("first", 1000));
        assertValidation("first", answer);
        assertNull(answer.get("errors[0].extensions.exception"), answer::prettify);
        assertNoJavaNames(answer);
    }

    @Test
    void aNumberJsonCannotCarryGetsAnAnswerWithAnErrorInsteadOfNone() {
        // before, serialising infinity failed after the operation ran and the answer never came: time out, not hang
        JsonPath answer = given().config(RestAssured.config()
                        .httpClient(HttpClientConfig.httpClientConfig().setParam("http.socket.timeout", 10_000)))
                .contentType(ContentType.JSON)
                .header("Authorization", TestTokens.bearer(TestTokens.analyst("acme")))
                .body(Map.of("query", GraphQLTestClient.load("runShares"), "variables", Map.of("id", "r-infinite")))
                .when()
                .post("/graphql")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertEquals(0.6, answer.getDouble("data.run.segments[0].share"), 1e-9, answer::prettify);
        assertNull(answer.get("data.run.segments[1].share"));
        assertEquals("DOWNSTREAM_ERROR", answer.getString("errors[0].extensions.code"));
        assertEquals(List.of("run", "segments", 1, "share"), answer.getList("errors[0].path"));
    }

    @Test
    void textNoServiceCanStoreIsRefusedBeforeAnyServiceIsCalled() {
        // a lone surrogate would reach survey-service as "?", silently another value; NUL cannot be stored
        assertValidation("input.title", analyst.run("createSurvey", Map.of("input", Map.of("title", "t\ud800"))));
        assertValidation("input.title", analyst.run("createSurvey", Map.of("input", Map.of("title", "a\u0000b"))));
        assertEquals(0, Stubs.of("survey").count("createSurvey"));
    }

    private static void assertValidation(String field, JsonPath answer) {
        assertEquals("VALIDATION", answer.getString("errors[0].extensions.code"), answer::prettify);
        assertEquals(field, answer.getString("errors[0].extensions.field"), answer::prettify);
    }

    private static void assertNoJavaNames(JsonPath answer) {
        assertFalse(JAVA_NAME.matcher(answer.prettify()).find(), answer::prettify);
    }
}
