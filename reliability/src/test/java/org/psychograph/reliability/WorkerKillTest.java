package org.psychograph.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.psychograph.stack.ManagedProcess;
import org.psychograph.stack.SuiteClient;

/**
 * A worker process killed with SIGKILL in the middle of a run, at a random point, trial after trial: every run
 * completes, with exactly the results of an uninterrupted run of the same seed, and no work is stored twice.
 */
class WorkerKillTest {

    static ReliabilityStack suite;
    static SuiteClient alice;
    static String surveyId;

    @BeforeAll
    static void survey() throws Exception {
        suite = ReliabilityStack.get();
        alice = suite.user("alice");
        surveyId = suite.importedMcdonaldsSurvey(alice, "worker kill trials");
    }

    private static String start() throws Exception {
        return suite.ok(
                        alice,
                        "startSegmentation",
                        Map.of(
                                "input",
                                Map.of(
                                        "surveyId",
                                        surveyId,
                                        "kMin",
                                        2,
                                        "kMax",
                                        6,
                                        "restarts",
                                        10,
                                        "bootstrapReplicates",
                                        100,
                                        "seed",
                                        "20261206")))
                .at("/startSegmentation/id")
                .asText();
    }

    @Test
    void everyRunSurvivesAKilledWorkerWithIdenticalResultsAndNoDuplicates() throws Exception {
        String reference = start();
        suite.awaitRun(alice, reference, "SUCCEEDED", Duration.ofMinutes(5));
        JsonNode expected = evidence(reference);

        Random random = new Random(42);
        long slowest = 0;
        for (int trial = 0; trial < ReliabilityStack.TRIALS; trial++) {
            long started = System.nanoTime();
            String runId = start();
            int killAt = 5 + random.nextInt(70);
            awaitPercent(runId, killAt);
            List<ManagedProcess> workers = suite.liveWorkers();
            ManagedProcess victim = workers.get(random.nextInt(workers.size()));
            victim.kill();
            suite.startWorker();
            suite.awaitRun(alice, runId, "SUCCEEDED", Duration.ofMinutes(5));
            slowest = Math.max(slowest, System.nanoTime() - started);

            assertEquals(expected, evidence(runId), "trial " + trial + ": killed at " + killAt + "%");
            UUID id = UUID.fromString(runId);
            assertEquals(
                    0,
                    Databases.count(
                            "segmentation",
                            "SELECT count(*) FROM (SELECT kind, k, range_from "
                                    + "FROM segmentation_task WHERE run_id = ? AND status = 'DONE' GROUP BY kind, k, range_from "
                                    + "HAVING count(*) > 1) twice",
                            id),
                    "no task's work stored twice");
            assertEquals(
                    1453,
                    Databases.count("segmentation", "SELECT count(*) FROM segment_assignment WHERE run_id = ?", id),
                    "one assignment per respondent");
            assertEquals(
                    1,
                    Databases.count("segmentation", "SELECT count(*) FROM outbox_event WHERE run_id = ?", id),
                    "one RunSucceeded event");
        }
        Figures.report(
                "worker SIGKILL mid-run",
                ReliabilityStack.TRIALS + " of " + ReliabilityStack.TRIALS
                        + " runs completed with results identical to the uninterrupted run, 0 duplicate tasks, assignments or "
                        + "events; slowest trial " + Duration.ofNanos(slowest).toSeconds() + " s (lease 4 s)");
    }

    /** The run's results without ids and times. */
    private static JsonNode evidence(String runId) throws Exception {
        JsonNode run = suite.ok(alice, "runEvidence", Map.of("id", runId)).get("run");
        assertEquals("SUCCEEDED", run.get("status").asText());
        return run;
    }

    private static void awaitPercent(String runId, int percent) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode run = suite.ok(alice, "runStatus", Map.of("id", runId)).get("run");
            if ("SUCCEEDED".equals(run.get("status").asText())) {
                throw new AssertionError("the run finished before the kill at " + percent + "%: make the study longer");
            }
            if (run.get("percent").asInt() >= percent) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("run " + runId + " never reached " + percent + "%");
    }
}
