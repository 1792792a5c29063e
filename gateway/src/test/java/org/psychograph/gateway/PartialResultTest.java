package org.psychograph.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.psychograph.testing.GraphQLTestClient;
import org.psychograph.testing.TestTokens;

/**
 * A service that is down or slow costs only its own fields: the answer keeps the others' data, with
 * UNAVAILABLE errors on the missing paths, within the (shortened) timeouts; it heals by itself.
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(DownstreamStubs.class)
class PartialResultTest {

    final GraphQLTestClient analyst = GraphQLTestClient.as(TestTokens.analyst("acme"));

    @BeforeEach
    @AfterEach
    void healthyServices() {
        Stubs.resetAll();
    }

    @Test
    void personaServiceDownGivesTheRestAndRecovers() {
        Stubs.of("persona").down();
        long start = System.nanoTime();
        JsonPath answer = analyst.run("surveysAndPersonas", Map.of());
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertEquals("Brand tracker", answer.getString("data.survey.title"), answer::prettify);
        assertEquals(List.of("r1", "r2"), answer.getList("data.survey.runs.id"));
        assertNull(answer.get("data.survey.runs[0].personas"));
        assertNull(answer.get("data.personas"));
        assertEquals(
                List.of("UNAVAILABLE"),
                answer.getList("errors.extensions.code").stream().distinct().toList(),
                answer::prettify);
        assertTrue(answer.getList("errors.path").contains(List.of("personas")), answer::prettify);
        assertTrue(took.toMillis() < 5000, "answered in " + took);

        Stubs.of("persona").up();
        JsonPath healed = eventually(() -> analyst.run("surveysAndPersonas", Map.of()));
        assertEquals(List.of("p-r1-1", "p-r1-2"), healed.getList("data.personas.id"));
        assertEquals(List.of("p-r1-1", "p-r1-2"), healed.getList("data.survey.runs[0].personas.id"));
    }

    @Test
    void slowServiceTimesOutIntoUnavailable() {
        Stubs.of("segmentation").slow(4000);
        long start = System.nanoTime();
        JsonPath answer = analyst.run("surveysAndPersonas", Map.of());
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertEquals("Brand tracker", answer.getString("data.survey.title"), answer::prettify);
        assertNull(answer.get("data.survey.runs"));
        assertEquals(List.of("p-r1-1", "p-r1-2"), answer.getList("data.personas.id"));
        assertEquals("UNAVAILABLE", answer.getString("errors[0].extensions.code"), answer::prettify);
        assertEquals(List.of("survey", "runs"), answer.getList("errors[0].path"));
        assertTrue(took.toMillis() < 3500, "answered in " + took + ", not after the stub's 4 s");
    }

    @Test
    void readsAreRetriedAndMutationsAreNot() {
        Stubs.of("persona").down();
        JsonPath read = analyst.run("surveysAndPersonas", Map.of());
        assertEquals("UNAVAILABLE", read.getString("errors[0].extensions.code"));
        assertEquals(2, Stubs.of("persona").count("personas"), "one call and one retry (test configuration)");

        JsonPath write = analyst.run(
                "updatePersona", Map.of("id", "p-r1-1", "patch", Map.of("name", "x", "sections", List.of())));
        assertEquals("UNAVAILABLE", write.getString("errors[0].extensions.code"), write::prettify);
        assertEquals(1, Stubs.of("persona").count("updatePersona"), "a mutation is never retried");
    }

    @Test
    void anOpenCircuitAnswersAtOnceWithoutCallingTheService() {
        Stubs.of("survey").down();
        for (int i = 0; i < 4; i++) {
            analyst.run("survey", Map.of("id", "s1"));
        }
        int callsWhileClosing = Stubs.of("survey").count("survey");
        JsonPath answer = analyst.run("survey", Map.of("id", "s1"));
        assertEquals("UNAVAILABLE", answer.getString("errors[0].extensions.code"));
        assertEquals(callsWhileClosing, Stubs.of("survey").count("survey"), "the open breaker spares the service");
    }

    private static JsonPath eventually(java.util.function.Supplier<JsonPath> query) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        JsonPath answer = query.get();
        while (answer.get("errors") != null && System.nanoTime() < deadline) {
            sleep(200);
            answer = query.get();
        }
        assertNull(answer.get("errors"), answer::prettify);
        return answer;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
