package org.psychograph.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.psychograph.stack.SuiteClient;
import org.psychograph.stack.SuiteService;

/**
 * PostgreSQL stopped and started again under the services, during an import and during a run: the import is
 * all-or-nothing, the run resumes and completes, and every service reconnects by itself (none is restarted).
 */
class DatabaseRestartTest {

    static ReliabilityStack suite;
    static SuiteClient alice;

    @BeforeAll
    static void setUp() throws Exception {
        suite = ReliabilityStack.get();
        alice = suite.user("alice");
    }

    @Test
    void anImportCutByADatabaseRestartWritesNothingAndTheServicesReconnect() throws Exception {
        String surveyId = suite.mcdonaldsSurvey(alice, "database restart during an import");
        Path file = ImportFiles.mcdonaldsRepeated(150_000);
        CompletableFuture<Integer> status = CompletableFuture.supplyAsync(() -> {
            try {
                return alice.postFile(
                                suite.importUrl(SuiteService.SURVEY, surveyId, "rowIdPrefix=db-"), "text/csv", file)
                        .getKey();
            } catch (Exception e) {
                return -1; // the connection broke: also a failed import
            }
        });
        Thread.sleep(700);
        suite.stack.stopPostgres();
        Thread.sleep(2_000);
        suite.stack.startPostgres();
        long restarted = System.nanoTime();
        int answered = status.get(5, TimeUnit.MINUTES);
        // the upload is spooled before the database is touched: an import still reading when the database came back
        // writes after the restart and succeeds whole; one that was writing fails whole, answered 503 (try again)
        assertTrue(
                answered == 200 || answered == 503 || answered == -1,
                "an import cut by the database is UNAVAILABLE (503), never a 500: " + answered);

        long reconnected = awaitReads(surveyId);
        long fileRows;
        try (var lines = java.nio.file.Files.lines(file)) {
            fileRows = lines.count() - 1;
        }
        assertEquals(
                answered == 200 ? fileRows : 0,
                suite.responseCount(alice, surveyId),
                "all or nothing across the restart (answered " + answered + ")");
        var again = alice.postFile(
                suite.importUrl(SuiteService.GATEWAY, surveyId, "rowIdPrefix=db-"), "text/csv", suite.mcdonaldsCsv());
        assertEquals(200, again.getKey(), "the survey is not left locked: " + again.getValue());
        Figures.report(
                "PostgreSQL restarted during an import",
                "import answered " + answered + ", "
                        + (answered == 200 ? "all " + fileRows + " rows" : "0 rows") + " stored, "
                        + "reads through the gateway whole again " + (reconnected - restarted) / 1_000_000
                        + " ms after PostgreSQL was back, no service restarted");
    }

    @Test
    void aRunResumesAfterADatabaseRestart() throws Exception {
        String surveyId = suite.importedMcdonaldsSurvey(alice, "database restart during a run");
        String runId = suite.ok(
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
                                        "99")))
                .at("/startSegmentation/id")
                .asText();
        suite.awaitRun(alice, runId, "RUNNING", Duration.ofMinutes(2));
        Thread.sleep(1_000);
        suite.stack.stopPostgres();
        Thread.sleep(3_000);
        suite.stack.startPostgres();
        long restarted = System.nanoTime();
        awaitReads(surveyId);
        suite.awaitRun(alice, runId, "SUCCEEDED", Duration.ofMinutes(5));
        long finished = System.nanoTime();
        UUID id = UUID.fromString(runId);
        assertEquals(
                1453, Databases.count("segmentation", "SELECT count(*) FROM segment_assignment WHERE run_id = ?", id));
        assertEquals(
                0,
                Databases.count(
                        "segmentation",
                        "SELECT count(*) FROM (SELECT kind, k, range_from "
                                + "FROM segmentation_task WHERE run_id = ? AND status = 'DONE' GROUP BY kind, k, range_from "
                                + "HAVING count(*) > 1) twice",
                        id));
        Figures.report(
                "PostgreSQL restarted during a run",
                "the run resumed and succeeded " + (finished - restarted) / 1_000_000
                        + " ms after PostgreSQL was back; 1453 assignments, 0 duplicates");
    }

    /** Waits until a read through the gateway (survey-service, segmentation-service) works again; returns when. */
    private static long awaitReads(String surveyId) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        String last = "";
        while (System.nanoTime() < deadline) {
            try {
                var answer = suite.raw(alice, "surveyWithRuns", Map.of("id", surveyId));
                if (!answer.has("errors")) {
                    return System.nanoTime();
                }
                last = answer.toString();
            } catch (RuntimeException e) {
                last = e.getMessage();
            }
            Thread.sleep(250);
        }
        throw new AssertionError("the services did not reconnect to PostgreSQL within 60 s: " + last);
    }
}
