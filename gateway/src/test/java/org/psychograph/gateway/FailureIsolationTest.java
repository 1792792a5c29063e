package org.psychograph.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.psychograph.testing.GraphQLTestClient;
import org.psychograph.testing.TestTokens;

/**
 * One caller's query cannot make reads UNAVAILABLE for everyone else: its fan-out is bounded, and what it costs
 * itself (bulkhead rejections) or gets wrong (NOT_FOUND, VALIDATION) never counts against a service's circuit
 * breaker. The bulkhead is made tiny here so that a query within the root-field limit still overflows it.
 */
@QuarkusTest
@TestProfile(FailureIsolationTest.TinyBulkhead.class)
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(DownstreamStubs.class)
class FailureIsolationTest {

    /** Two survey reads at a time and one waiting; a breaker that opened would stay open for the whole test. */
    public static class TinyBulkhead implements QuarkusTestProfile {
        private static final String READS =
                "quarkus.fault-tolerance.\"org.psychograph.gateway.client.SurveyDownstream" + "/guardedReadAsync\".";

        @Override
        public Map<String, String> getConfigOverrides() {
            // a long timeout: only bulkhead rejections may fail here, not a slow machine
            return Map.of(
                    READS + "bulkhead.value",
                    "2",
                    READS + "bulkhead.waiting-task-queue",
                    "1",
                    READS + "circuit-breaker.delay",
                    "60000",
                    READS + "timeout.value",
                    "10000");
        }
    }

    final String viewer = TestTokens.viewer("acme");
    final GraphQLTestClient otherWorkspace = GraphQLTestClient.as(TestTokens.analyst("globex"));

    @BeforeEach
    @AfterEach
    void healthyServices() {
        Stubs.resetAll();
    }

    @Test
    void tooManyRootFieldsAreRefusedNamingTheLimitBeforeAnyCall() {
        JsonPath answer = aliasedSurveys(viewer, 80);
        assertEquals("VALIDATION", answer.getString("errors[0].extensions.code"), answer::prettify);
        assertThat(answer.getString("errors[0].message"), containsString("at most 20 root fields"));
        assertEquals(0, Stubs.of("survey").count("survey"));
    }

    @Test
    void oneCallersBulkheadRejectionsDoNotOpenTheBreakerForOthers() {
        Stubs.of("survey").slow(300);
        JsonPath greedy = aliasedSurveys(viewer, 20);
        List<String> codes = greedy.getList("errors.extensions.code");
        assertTrue(
                codes.size() >= 10 && codes.stream().allMatch("UNAVAILABLE"::equals),
                "most of the 20 reads overflow a bulkhead of 2 + 1: " + greedy.prettify());

        Stubs.of("survey").slow(0);
        JsonPath other = otherWorkspace.run("survey", Map.of("id", "s1"));
        assertEquals(
                "Brand tracker",
                other.getString("data.survey.title"),
                () -> "another caller must not inherit the first one's rejections: " + other.prettify());
    }

    @Test
    void callersOwnErrorsDoNotOpenTheBreaker() {
        GraphQLTestClient careless = GraphQLTestClient.as(viewer);
        for (int i = 0; i < 10; i++) {
            assertEquals(
                    "NOT_FOUND",
                    careless.run("survey", Map.of("id", "nowhere-" + i)).getString("errors[0].extensions.code"));
            assertEquals(
                    "VALIDATION",
                    careless.run("surveysAfter", Map.of("after", "AA")).getString("errors[0].extensions.code"));
        }
        assertEquals(
                "Brand tracker",
                otherWorkspace.runOk("survey", Map.of("id", "s1")).getString("data.survey.title"));
    }

    @Test
    void httpRefusalsAreAnswersNotFaults() {
        Stubs.of("survey").refuseWith(400);
        GraphQLTestClient careless = GraphQLTestClient.as(viewer);
        for (int i = 0; i < 8; i++) {
            JsonPath refused = careless.run("survey", Map.of("id", "s1"));
            assertEquals("DOWNSTREAM_ERROR", refused.getString("errors[0].extensions.code"), refused::prettify);
        }
        assertEquals(8, Stubs.of("survey").count("survey"), "a refusal is not retried");

        Stubs.of("survey").refuseWith(0);
        assertEquals(
                "Brand tracker",
                otherWorkspace.runOk("survey", Map.of("id", "s1")).getString("data.survey.title"),
                "a 4xx must not open the breaker");
    }

    private static JsonPath aliasedSurveys(String token, int aliases) {
        StringBuilder query = new StringBuilder("query aliased {");
        for (int i = 0; i < aliases; i++) {
            query.append(" s").append(i).append(": survey(id: \"s1\") { id title }");
        }
        query.append(" }");
        return given().contentType(ContentType.JSON)
                .header("Authorization", TestTokens.bearer(token))
                .body(Map.of("query", query.toString()))
                .when()
                .post("/graphql")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }
}
