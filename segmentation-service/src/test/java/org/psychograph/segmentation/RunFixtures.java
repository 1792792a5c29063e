package org.psychograph.segmentation;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.fail;

import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.psychograph.segmentation.stub.SuiteStub;
import org.psychograph.testing.GraphQLTestClient;
import org.psychograph.testing.TestTokens;

/** Starting runs and waiting for them through the public API. */
final class RunFixtures {

    static final String ANALYST = TestTokens.analyst(SuiteStub.WORKSPACE);

    private RunFixtures() {}

    /** A quick but complete study of the mcdonalds survey: k 2..5, 10 restarts, 20 bootstrap pairs. */
    static Map<String, Object> quickStudy(long seed) {
        Map<String, Object> input = new HashMap<>();
        input.put("surveyId", SuiteStub.MCDONALDS);
        input.put("kMin", 2);
        input.put("kMax", 5);
        input.put("restarts", 10);
        input.put("bootstrapReplicates", 20);
        input.put("seed", Long.toString(seed));
        return input;
    }

    static String start(Map<String, Object> input) {
        JsonPath answer = GraphQLTestClient.as(ANALYST).runOk("startSegmentation", Map.of("input", input));
        return answer.getString("data.startSegmentation.id");
    }

    /** Polls until the run reaches one of the statuses; returns the last status answer. */
    static JsonPath await(String runId, Set<String> statuses, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        JsonPath last = null;
        while (System.nanoTime() < deadline) {
            last = GraphQLTestClient.as(ANALYST).run("runStatus", Map.of("id", runId));
            assertNull(last.get("errors"), last.prettify());
            String status = last.getString("data.run.status");
            if (statuses.contains(status)) {
                return last;
            }
            if (Set.of("SUCCEEDED", "FAILED", "CANCELLED").contains(status)) {
                fail("run " + runId + " ended " + status + " instead of " + statuses + ": " + last.prettify());
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        fail("run " + runId + " did not reach " + statuses + " within " + timeout + "; last: "
                + (last == null ? null : last.prettify()));
        return last;
    }

    /** Starts a run, waits until it has finished (3 minutes at most) and reads it whole. */
    static JsonPath finished(Map<String, Object> input) {
        String runId = start(input);
        await(runId, Set.of("SUCCEEDED", "FAILED", "CANCELLED"), Duration.ofMinutes(3));
        return full(runId);
    }

    static JsonPath full(String runId) {
        return GraphQLTestClient.as(ANALYST).runOk("run", Map.of("id", runId));
    }

    static List<Map<String, Object>> candidates(String runId) {
        return full(runId).getList("data.run.candidates");
    }
}
