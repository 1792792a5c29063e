package org.psychograph.segmentation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.psychograph.segmentation.queue.TaskWorker;
import org.psychograph.segmentation.stub.SuiteStub;
import org.psychograph.segmentation.stub.SuiteStubResource;
import org.psychograph.testing.GraphQLTestClient;
import org.psychograph.testing.PostgresTestResource;

/**
 * Off the demo path: a run whose chosen solution has a one-member segment (raw spend data with one huge buyer),
 * answers that no model can place, and a run persona-service refuses. None of them may hang a response or hold
 * up another run.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(SuiteStubResource.class)
class DegenerateRunTest {

    @Inject
    TaskWorker worker;

    @AfterEach
    void restore() {
        worker.start();
        SuiteStub.get().personaRefuses.clear();
    }

    private static Map<String, Object> spendStudy() {
        Map<String, Object> input = new HashMap<>();
        input.put("surveyId", SuiteStub.SPEND);
        input.put("k", 2);
        input.put("restarts", 5);
        input.put("bootstrapReplicates", 10);
        input.put("standardisation", "ZSCORE");
        input.put("seed", "7");
        return input;
    }

    @Test
    void aOneMemberSegmentIsServedWithUndefinedTestsAsNullAndTheReason() {
        String runId = RunFixtures.start(spendStudy());
        RunFixtures.await(runId, Set.of("SUCCEEDED"), Duration.ofMinutes(2));
        JsonPath run = GraphQLTestClient.as(RunFixtures.ANALYST).run("run", Map.of("id", runId));
        assertNull(run.get("errors"), run.prettify());

        List<Map<String, Object>> segments = run.getList("data.run.segments");
        Map<String, Object> lone = segments.stream()
                .filter(s -> ((Integer) s.get("size")) == 1)
                .findFirst()
                .orElseThrow(() -> new AssertionError("the huge buyer is a segment of its own: " + run.prettify()));
        for (Map<String, Object> entry : (List<Map<String, Object>>) lone.get("profile")) {
            assertNull(entry.get("pValue"), "a t-test on one value is undefined, not NaN: " + entry);
            assertTrue(String.valueOf(entry.get("pValueNote")).contains("one member"), entry.toString());
            assertEquals(false, entry.get("marker"), "an untested difference is no marker");
            assertTrue(Double.isFinite(((Number) entry.get("segmentMean")).doubleValue()));
        }
        // every candidate's segment-level stability is served for the one-member segment too: its Jaccard a number
        // in 0..1 or null (undefined), never NaN in an answer that would not be sent
        for (Map<String, Object> candidate : run.<Map<String, Object>>getList("data.run.candidates")) {
            List<Map<String, Object>> stability = (List<Map<String, Object>>) candidate.get("segmentStability");
            assertEquals(candidate.get("k"), stability.size(), candidate.toString());
            int total = 0;
            for (Map<String, Object> s : stability) {
                total += (Integer) s.get("size");
                Object mean = s.get("meanJaccard");
                assertTrue(
                        mean == null || (((Number) mean).doubleValue() >= 0 && ((Number) mean).doubleValue() <= 1),
                        s.toString());
            }
            assertEquals(60, total, "the segments' sizes add up to the sample: " + candidate);
        }
        Map<String, Object> rest = segments.stream()
                .filter(s -> ((Integer) s.get("size")) == 59)
                .findFirst()
                .orElseThrow();
        for (Map<String, Object> entry : (List<Map<String, Object>>) rest.get("profile")) {
            // the rest of the sample is the one buyer: no test either, said so
            assertNull(entry.get("pValue"), entry.toString());
            assertTrue(String.valueOf(entry.get("pValueNote")).contains("rest of the sample"), entry.toString());
        }
    }

    @Test
    void answersThatCannotBePlacedAreRefusedNamingTheQuestion() {
        String runId = RunFixtures.start(spendStudy());
        RunFixtures.await(runId, Set.of("SUCCEEDED"), Duration.ofMinutes(2));
        List<Map<String, Object>> ordinary =
                List.of(answer("spend_fresh", 120.0), answer("spend_grocery", 130.0), answer("spend_frozen", 110.0));
        JsonPath placed = GraphQLTestClient.as(RunFixtures.ANALYST)
                .runOk("assignSegment", Map.of("runId", runId, "answers", ordinary));
        assertEquals(1, placed.getInt("data.assignSegment.segmentNumber"), placed.prettify());

        assertRefused(
                runId,
                List.of(answer("spend_fresh", 1e308), answer("spend_grocery", 1.0), answer("spend_frozen", 1.0)),
                "spend_fresh");
        assertRefused(
                runId,
                List.of(answer("spend_fresh", 1.0), answer("spend_fresh", 2.0), answer("spend_frozen", 1.0)),
                "answered twice");
        assertRefused(runId, List.of(answer("spend\u0000fresh", 1.0)), "not a basis question");
        // one basis question that is not a golden question: neither every basis answer nor the typing tool's
        List<String> golden = GraphQLTestClient.as(RunFixtures.ANALYST)
                .runOk("runTyping", Map.of("id", runId))
                .<Map<String, Object>>getList("data.run.typingTool.goldenQuestions")
                .stream()
                .map(q -> (String) q.get("code"))
                .toList();
        String notGolden = List.of("spend_fresh", "spend_grocery", "spend_frozen").stream()
                .filter(code -> !golden.contains(code))
                .findFirst()
                .orElseThrow(() -> new AssertionError("every spend question is golden: " + golden));
        assertRefused(runId, List.of(answer(notGolden, 1.0)), "is needed");
    }

    @Test
    void aRunPersonaServiceRefusesIsGivenUpWithItsReasonAndTheNextRunIsStillDelivered() throws InterruptedException {
        worker.stop();
        String refused = RunFixtures.start(spendStudy());
        SuiteStub.get().personaRefuses.add(refused);
        Map<String, Object> next = new HashMap<>(spendStudy());
        next.put("seed", "8");
        String healthy = RunFixtures.start(next);
        worker.start();
        RunFixtures.await(refused, Set.of("SUCCEEDED"), Duration.ofMinutes(2));
        RunFixtures.await(healthy, Set.of("SUCCEEDED"), Duration.ofMinutes(2));

        JsonPath failed = awaitDelivery(refused, "FAILED");
        assertEquals(1, failed.getInt("data.run.personaDelivery.attempts"), "a refusal is final: not retried");
        assertTrue(
                failed.getString("data.run.personaDelivery.lastError").contains("segment 2 has one member"),
                failed.prettify());
        JsonPath delivered = awaitDelivery(healthy, "DELIVERED");
        assertNotNull(delivered.getString("data.run.personaDelivery.deliveredAt"));
        Thread.sleep(1_000);
        assertEquals(
                1,
                SuiteStub.get().generatePersonasCalls.stream()
                        .filter(refused::equals)
                        .count(),
                "the refused run is never sent again");
    }

    private static JsonPath awaitDelivery(String runId, String status) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        JsonPath last;
        do {
            last = GraphQLTestClient.as(RunFixtures.ANALYST).runOk("runDelivery", Map.of("id", runId));
            if (status.equals(last.getString("data.run.personaDelivery.status"))) {
                return last;
            }
            Thread.sleep(200);
        } while (System.nanoTime() < deadline);
        throw new AssertionError("persona delivery of " + runId + " did not become " + status + ": " + last.prettify());
    }

    private static void assertRefused(String runId, List<Map<String, Object>> answers, String mentioned) {
        JsonPath answer = GraphQLTestClient.as(RunFixtures.ANALYST)
                .run("assignSegment", Map.of("runId", runId, "answers", answers));
        assertEquals("VALIDATION", answer.getString("errors[0].extensions.code"), answer.prettify());
        assertEquals("answers", answer.getString("errors[0].extensions.field"), answer.prettify());
        assertTrue(answer.getString("errors[0].message").contains(mentioned), answer.prettify());
    }

    private static Map<String, Object> answer(String code, double value) {
        return Map.of("questionCode", code, "value", value);
    }
}
