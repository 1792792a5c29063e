package org.psychograph.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.psychograph.stack.SuiteClient;
import org.psychograph.stack.SuiteService;

/**
 * A model applied to a large second wave through the suite (issue 18): a survey of 40 five-point questions with
 * {@code FIT_ROWS} respondents from five planted segments, one quick run on it (k = 5, 2 restarts, no bootstrap), a
 * second wave of {@code ROWS} respondents in which one segment doubled, and {@code applyModel} from the first wave's
 * run. The
 * times are reported, not asserted (a benchmark, run on purpose: docs/benchmarks.md); the verdict must name the
 * change.
 *
 * <pre>
 *   ./mvnw -pl reliability verify -Dtest=ModelApplicationSuiteBenchmarkTest -DexcludedGroups= -Dapply.rows=1000000
 * </pre>
 */
@Tag("benchmark")
class ModelApplicationSuiteBenchmarkTest {

    /** Respondents of the second wave, the one the model is applied to. */
    private static final int ROWS = Integer.getInteger("apply.rows", 100_000);
    /** Respondents of the first wave, the one the model is fitted on (a sample, as a tracker's first wave is). */
    private static final int FIT_ROWS = Integer.getInteger("apply.fitRows", 20_000);

    private static final int QUESTIONS = 40;
    private static final int SEGMENTS = 5;

    @Test
    void aLargeSecondWavePlacedWithTheFirstWavesModel() throws Exception {
        ReliabilityStack suite = ReliabilityStack.get();
        SuiteClient alice = suite.user("alice");
        String first = panelSurvey(suite, alice);
        double importFirst = importWave(suite, alice, first, planted(FIT_ROWS, false, 1));

        long started = System.nanoTime();
        String runId = suite.ok(
                        alice,
                        "startSegmentation",
                        Map.of(
                                "input",
                                Map.of(
                                        "surveyId",
                                        first,
                                        "k",
                                        SEGMENTS,
                                        "restarts",
                                        2,
                                        "bootstrapReplicates",
                                        0,
                                        "personaKMin",
                                        2,
                                        "seed",
                                        "18")))
                .at("/startSegmentation/id")
                .asText();
        suite.awaitRun(alice, runId, "SUCCEEDED", Duration.ofMinutes(40));
        double runSeconds = (System.nanoTime() - started) / 1e9;

        String second = suite.ok(alice, "createWave", Map.of("surveyId", first, "input", Map.of("label", "Wave 2")))
                .at("/createWave/id")
                .asText();
        suite.ok(alice, "openSurvey", Map.of("id", second));
        double importSecond = importWave(suite, alice, second, planted(ROWS, true, 2));

        started = System.nanoTime();
        String applicationId = suite.ok(alice, "applyModel", Map.of("runId", runId, "surveyId", second))
                .at("/applyModel/id")
                .asText();
        JsonNode application = null;
        long deadline = System.nanoTime() + Duration.ofMinutes(40).toNanos();
        while (System.nanoTime() < deadline) {
            application = suite.ok(alice, "modelApplication", Map.of("id", applicationId))
                    .get("modelApplication");
            String status = application.get("status").asText();
            if (status.equals("SUCCEEDED") || status.equals("FAILED")) {
                break;
            }
            Thread.sleep(250);
        }
        double applySeconds = (System.nanoTime() - started) / 1e9;
        assertEquals("SUCCEEDED", application.get("status").asText(), application.toString());
        assertEquals(ROWS, application.get("placedCount").asInt(), application.toString());
        assertEquals("SHARES_CHANGED", application.at("/drift/verdict").asText(), application.toString());

        Figures.report(
                "model application through the suite",
                String.format(
                        Locale.ROOT,
                        "wave 1 %d x %d (five planted segments), wave 2 %d x %d (one segment doubled): import wave 1 "
                                + "%.1f s, run (k = 5, 2 restarts, no bootstrap) %.1f s, import wave 2 %.1f s, "
                                + "applyModel to wave 2 %.1f s (queued to SUCCEEDED, %d placed); peak RSS of the "
                                + "segmentation processes (-Xmx512m each) %s; %s",
                        FIT_ROWS,
                        QUESTIONS,
                        ROWS,
                        QUESTIONS,
                        importFirst,
                        runSeconds,
                        importSecond,
                        applySeconds,
                        application.get("placedCount").asInt(),
                        peakResidentSets("segmentation-service"),
                        application.at("/drift/summary").asText()));
    }

    /**
     * The peak resident set (VmHWM) of each running process whose command line names the module, in MB: the service
     * and the worker processes, one of which did the application.
     */
    private static String peakResidentSets(String module) {
        List<String> peaks = new ArrayList<>();
        ProcessHandle.allProcesses()
                .filter(p -> p.info().commandLine().orElse("").contains(module))
                .forEach(p -> {
                    try {
                        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(p.pid()), "status"))) {
                            if (line.startsWith("VmHWM:")) {
                                long kb = Long.parseLong(line.replaceAll("\\D", ""));
                                peaks.add(kb / 1024 + " MB");
                            }
                        }
                    } catch (IOException | RuntimeException e) {
                        // the process ended meanwhile, or this is not Linux: no figure for it
                    }
                });
        return peaks.isEmpty() ? "not readable" : String.join(", ", peaks);
    }

    private static String panelSurvey(ReliabilityStack suite, SuiteClient alice) throws Exception {
        String id = suite.ok(alice, "createSurvey", Map.of("input", Map.of("title", "panel of " + FIT_ROWS)))
                .at("/createSurvey/id")
                .asText();
        List<Map<String, Object>> questions = new ArrayList<>();
        for (int q = 1; q <= QUESTIONS; q++) {
            questions.add(Map.of(
                    "code",
                    "q" + q,
                    "text",
                    "Statement " + q,
                    "type",
                    "LIKERT",
                    "scaleMin",
                    1,
                    "scaleMax",
                    5,
                    "dimension",
                    "ATTITUDES",
                    "role",
                    "BASIS"));
        }
        suite.ok(alice, "addQuestions", Map.of("surveyId", id, "questions", questions));
        suite.ok(alice, "openSurvey", Map.of("id", id));
        return id;
    }

    private static double importWave(ReliabilityStack suite, SuiteClient alice, String surveyId, Path csv)
            throws Exception {
        long started = System.nanoTime();
        var imported =
                alice.postFile(suite.importUrl(SuiteService.SURVEY, surveyId, "rowIdPrefix=p-"), "text/csv", csv);
        assertEquals(200, imported.getKey(), imported.getValue().toString());
        return (System.nanoTime() - started) / 1e9;
    }

    /**
     * Five planted segments: each answers a question around its own level (1..5), plus or minus one. In the shifted
     * wave the first segment has twice the others' share.
     */
    private static Path planted(int rows, boolean shifted, long seed) throws IOException {
        SplittableRandom random = new SplittableRandom(seed);
        SplittableRandom levels = new SplittableRandom(7);
        int[][] level = new int[SEGMENTS][QUESTIONS];
        for (int s = 0; s < SEGMENTS; s++) {
            for (int q = 0; q < QUESTIONS; q++) {
                level[s][q] = 1 + levels.nextInt(5);
            }
        }
        Path file = Files.createTempFile("panel-" + rows + "-", ".csv");
        file.toFile().deleteOnExit();
        try (BufferedWriter out = Files.newBufferedWriter(file)) {
            StringBuilder header = new StringBuilder();
            for (int q = 1; q <= QUESTIONS; q++) {
                header.append(q == 1 ? "" : ",").append('q').append(q);
            }
            out.write(header.append('\n').toString());
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < rows; i++) {
                int segment = shifted ? Math.max(0, random.nextInt(SEGMENTS + 1) - 1) : random.nextInt(SEGMENTS);
                line.setLength(0);
                for (int q = 0; q < QUESTIONS; q++) {
                    int answer = Math.min(5, Math.max(1, level[segment][q] + random.nextInt(3) - 1));
                    line.append(q == 0 ? "" : ",").append(answer);
                }
                out.write(line.append('\n').toString());
            }
        }
        return file;
    }
}
