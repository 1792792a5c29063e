package org.psychograph.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.psychograph.stack.SuiteClient;
import org.psychograph.stack.SuiteService;

/**
 * Uploads cut at random points, through the gateway and straight to survey-service, chunked and with a declared
 * length: an import is all or nothing, so not one row of a cut file may be stored, and the survey stays usable.
 */
class UploadCutTest {

    static ReliabilityStack suite;
    static SuiteClient alice;
    static String token;
    static Path file;

    @BeforeAll
    static void setUp() throws Exception {
        suite = ReliabilityStack.get();
        token = SuiteClient.passwordToken(suite.stack.keycloak().tokenEndpoint(), "alice", "alice");
        alice = new SuiteClient(token);
        file = ImportFiles.mcdonaldsRepeated(40_000);
    }

    @Test
    void noCutUploadLeavesARowBehind() throws Exception {
        String surveyId = suite.mcdonaldsSurvey(alice, "cut uploads");
        long size = Files.size(file);
        Random random = new Random(7);
        int trials = 0;
        for (SuiteService via : new SuiteService[] {SuiteService.GATEWAY, SuiteService.SURVEY}) {
            for (int trial = 0; trial < ReliabilityStack.TRIALS; trial++) {
                boolean chunked = trial % 2 == 0;
                long cutAt = (long) (size * (0.05 + 0.9 * random.nextDouble()));
                CutUpload.send(suite.importUrl(via, surveyId, "rowIdPrefix=cut-"), token, file, cutAt, chunked);
                trials++;
                // survey-service notices the broken request, rolls back and lets go of the survey's lock
                Thread.sleep(1_500);
                assertEquals(
                        0,
                        suite.responseCount(alice, surveyId),
                        "a cut at byte " + cutAt + " of " + size + " via " + via.module()
                                + (chunked ? " (chunked)" : " (Content-Length)") + " left rows behind");
            }
        }
        // the survey is not left locked: the whole file imports afterwards
        var full =
                alice.postFile(suite.importUrl(SuiteService.GATEWAY, surveyId, "rowIdPrefix=cut-"), "text/csv", file);
        assertEquals(200, full.getKey(), full.getValue().toString());
        int rows = suite.responseCount(alice, surveyId);
        assertEquals(full.getValue().get("rowsWritten").asInt(), rows);
        Figures.report(
                "upload cut at random points",
                trials + " cuts (half through the gateway, half direct; "
                        + "chunked and Content-Length): 0 rows half-written; the full file then imported " + rows
                        + " rows");
    }
}
