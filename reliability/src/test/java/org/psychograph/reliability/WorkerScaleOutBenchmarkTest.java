package org.psychograph.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.psychograph.stack.SuiteClient;
import org.psychograph.stack.SuiteService;

/**
 * Scale-out of one run over worker processes (issue 17): the same default study done by one worker bound to one
 * core, then by two workers bound to one core each, on the stack the main job starts. The speed-up is reported,
 * not asserted (a benchmark, run on purpose: docs/benchmarks.md); the two runs' results must be identical, since
 * which worker did which task may never change a number.
 *
 * <pre>
 *   ./mvnw -pl reliability verify -Dtest=WorkerScaleOutBenchmarkTest -DexcludedGroups= -Dscaleout.rows=5812
 * </pre>
 *
 * <p>{@code -Dscaleout.precision=0} runs the study with every bootstrap pair (the procedure before sequential
 * stability, ADR 0016); left out, the run's default applies.
 */
@Tag("benchmark")
class WorkerScaleOutBenchmarkTest {

    private static final int ROWS = Integer.getInteger("scaleout.rows", 4 * 1453);
    private static final String PRECISION = System.getProperty("scaleout.precision", "");

    @Test
    void oneRunOnOneAndOnTwoWorkers() throws Exception {
        ReliabilityStack suite = ReliabilityStack.get();
        SuiteClient alice = suite.user("alice");
        String surveyId = suite.mcdonaldsSurvey(alice, "worker scale-out");
        var imported = alice.postFile(
                suite.importUrl(SuiteService.GATEWAY, surveyId, "rowIdPrefix=scale-"),
                "text/csv",
                ImportFiles.mcdonaldsRepeated(ROWS));
        assertEquals(200, imported.getKey(), imported.getValue().toString());

        List<String> lines = new ArrayList<>();
        JsonNode first = null;
        double[] seconds = new double[3];
        for (int workers = 1; workers <= 2; workers++) {
            suite.stopWorkers();
            for (int core = 0; core < workers; core++) {
                suite.startWorkerOnCore(core);
            }
            long started = System.nanoTime();
            Map<String, Object> input =
                    new HashMap<>(Map.of("surveyId", surveyId, "kMin", 2, "kMax", 8, "seed", "1717"));
            if (!PRECISION.isBlank()) {
                input.put("stabilityPrecision", Double.parseDouble(PRECISION));
            }
            String runId = suite.ok(alice, "startSegmentation", Map.of("input", input))
                    .at("/startSegmentation/id")
                    .asText();
            suite.awaitRun(alice, runId, "SUCCEEDED", Duration.ofMinutes(20));
            seconds[workers] = (System.nanoTime() - started) / 1e9;
            JsonNode evidence =
                    suite.ok(alice, "runEvidence", Map.of("id", runId)).get("run");
            if (first == null) {
                first = evidence;
            } else {
                assertEquals(first, evidence, "the same results whichever worker did which task");
            }
            lines.add(String.format(Locale.ROOT, "W=%d: %.1f s", workers, seconds[workers]));
        }
        suite.stopWorkers();
        suite.startWorker();
        suite.startWorker();
        String figure = String.format(
                Locale.ROOT,
                "%d x 11 (McDonald's answers repeated), default study k 2..8 (10 restarts, up to 100 pairs, reference;"
                        + " stability precision %s): %s; speed-up %.2fx; results identical",
                ROWS,
                PRECISION.isBlank() ? "the default" : PRECISION,
                String.join(", ", lines),
                seconds[1] / seconds[2]);
        Figures.report("worker scale-out, each worker bound to one core", figure);
    }
}
