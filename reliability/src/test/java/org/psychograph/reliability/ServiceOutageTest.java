package org.psychograph.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.psychograph.stack.SuiteClient;
import org.psychograph.stack.SuiteService;

/**
 * Each service stopped behind the gateway: a query that joins it answers at once with the other services' data
 * and an UNAVAILABLE error for the missing part, and the full answer comes back by itself within 10 s of the
 * service being ready again (no restart of anything else, breakers closing on their own).
 */
class ServiceOutageTest {

    static ReliabilityStack suite;
    static SuiteClient alice;
    static String surveyId;
    static String runId;

    @BeforeAll
    static void aFinishedRunWithPersonas() throws Exception {
        suite = ReliabilityStack.get();
        alice = suite.user("alice");
        surveyId = suite.importedMcdonaldsSurvey(alice, "service outages");
        runId = suite.ok(
                        alice,
                        "startSegmentation",
                        Map.of(
                                "input",
                                Map.of(
                                        "surveyId",
                                        surveyId,
                                        "k",
                                        3,
                                        "restarts",
                                        3,
                                        "bootstrapReplicates",
                                        0,
                                        "seed",
                                        "5")))
                .at("/startSegmentation/id")
                .asText();
        suite.awaitRun(alice, runId, "SUCCEEDED", Duration.ofMinutes(3));
        // the outbox relay (service account, role "service") reached persona-service, which read the run back
        JsonNode run = null;
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline) {
            run = suite.ok(alice, "runWithPersonas", Map.of("id", runId)).get("run");
            if ("DELIVERED".equals(run.at("/personaDelivery/status").asText())
                    && run.get("personas").size() == 3) {
                return;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("the run's personas were not delivered with the service account: " + run);
    }

    @Test
    void aStoppedServiceGivesPartialDataThenRecoversByItself() throws Exception {
        List<String> lines = new ArrayList<>();
        lines.add(outage(SuiteService.PERSONA, "runWithPersonas", Map.of("id", runId), "/run/segments", "personas"));
        lines.add(outage(SuiteService.SURVEY, "runWithSurvey", Map.of("id", runId), "/run/status", "survey"));
        lines.add(outage(SuiteService.SEGMENTATION, "surveyWithRuns", Map.of("id", surveyId), "/survey/title", "runs"));
        Figures.report("service stopped behind the gateway", String.join("; ", lines));
    }

    /**
     * Stops the service, asks the query (the part at {@code present} must still come, {@code missing} must be
     * UNAVAILABLE), starts it again and measures how long until the answer is whole again.
     */
    private static String outage(
            SuiteService service, String operation, Map<String, Object> variables, String present, String missing)
            throws Exception {
        suite.stack.stopService(service);
        long asked = System.nanoTime();
        JsonNode partial = suite.raw(alice, operation, variables);
        long partialMillis = (System.nanoTime() - asked) / 1_000_000;
        assertFalse(
                partial.at("/data" + present).isMissingNode()
                        || partial.at("/data" + present).isNull(),
                service.module() + " down: the other services' data still comes: " + partial);
        JsonNode error = partial.path("errors").path(0);
        assertEquals("UNAVAILABLE", error.path("extensions").path("code").asText(), partial.toString());
        assertTrue(error.path("path").toString().contains(missing), partial.toString());
        assertTrue(partialMillis < 15_000, "answered within the gateway's timeout: " + partialMillis + " ms");

        suite.stack.startService(service);
        suite.stack.awaitReady(service);
        long ready = System.nanoTime();
        JsonNode whole = null;
        while (System.nanoTime() - ready < Duration.ofSeconds(30).toNanos()) {
            whole = suite.raw(alice, operation, variables);
            if (!whole.has("errors")) {
                break;
            }
            Thread.sleep(200);
        }
        long recoveryMillis = (System.nanoTime() - ready) / 1_000_000;
        assertFalse(whole.has("errors"), service.module() + " back: the answer is whole again: " + whole);
        assertTrue(recoveryMillis <= 10_000, service.module() + " recovered only after " + recoveryMillis + " ms");
        return service.module() + " down: partial answer in " + partialMillis + " ms, whole again " + recoveryMillis
                + " ms after it was ready";
    }
}
