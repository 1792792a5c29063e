package org.psychograph.stack;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The demo's second wave: the same questionnaire fielded again, with a known change, and the first wave's model
 * applied to it. The wave is every first-wave respondent again (same ids: a panel) plus a second copy of each one who
 * finds McDonald's yummy, as if a campaign had recruited more of them; so the segments those respondents fall in must
 * grow, and the drift report must say so.
 */
public final class DemoWave {

    static final String LABEL = "Wave 2";

    private final StackLayout layout;
    private final SuiteClient client;
    private final String surveyGraphql;
    private final String surveyBase;
    private final String segmentationGraphql;

    public DemoWave(StackLayout layout, SuiteClient client, String surveyBaseUrl, String segmentationGraphql) {
        this.layout = layout;
        this.client = client;
        this.surveyBase = surveyBaseUrl;
        this.surveyGraphql = surveyBaseUrl + "/graphql";
        this.segmentationGraphql = segmentationGraphql;
    }

    /** Creates (or finds) wave 2 of the survey, opens it and imports its answers; returns its survey id. */
    public String load(String firstWaveId) throws IOException, InterruptedException {
        String waveId = null;
        for (JsonNode wave : client.graphql(surveyGraphql, Operations.load("surveyWaves"), Map.of("id", firstWaveId))
                .at("/survey/waves")) {
            if (LABEL.equals(wave.at("/wave/label").asText())) {
                waveId = wave.get("id").asText();
            }
        }
        if (waveId == null) {
            waveId = client.graphql(
                            surveyGraphql,
                            Operations.load("createWave"),
                            Map.of(
                                    "surveyId",
                                    firstWaveId,
                                    "input",
                                    Map.of("label", LABEL, "fieldedFrom", "2026-03-01", "fieldedTo", "2026-03-31")))
                    .at("/createWave/id")
                    .asText();
            client.graphql(surveyGraphql, Operations.load("openSurvey"), Map.of("id", waveId));
            // the first wave's fieldwork (it became "Wave 1" with the new wave): dated, so the waves are numbered by
            // when they were fielded, not by when they were entered here
            client.graphql(
                    surveyGraphql,
                    Operations.load("updateWave"),
                    Map.of(
                            "surveyId",
                            firstWaveId,
                            "input",
                            Map.of("fieldedFrom", "2025-11-01", "fieldedTo", "2025-11-30")));
        }
        Path csv = writeAnswers();
        var answer = client.postFile(surveyBase + "/surveys/" + waveId + "/imports?rowIdPrefix=mcd-", "text/csv", csv);
        if (answer.getKey() != 200) {
            throw new IllegalStateException("wave 2 import rejected: " + answer.getValue());
        }
        return waveId;
    }

    /** Applies the run's model to the wave and waits for its drift report. */
    public JsonNode apply(String runId, String waveId, Duration timeout) throws IOException, InterruptedException {
        String id = client.graphql(
                        segmentationGraphql, Operations.load("applyModel"), Map.of("runId", runId, "surveyId", waveId))
                .at("/applyModel/id")
                .asText();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode application = client.graphql(
                            segmentationGraphql, Operations.load("modelApplication"), Map.of("id", id))
                    .get("modelApplication");
            String status = application.get("status").asText();
            if ("SUCCEEDED".equals(status) || "FAILED".equals(status)) {
                return application;
            }
            Thread.sleep(300);
        }
        throw new IllegalStateException("model application " + id + " did not finish within " + timeout);
    }

    public static void print(JsonNode application, PrintStream out) {
        out.println();
        if (!"SUCCEEDED".equals(application.get("status").asText())) {
            out.println("Wave 2: the model could not be applied: "
                    + application.path("error").asText());
            return;
        }
        JsonNode drift = application.get("drift");
        out.printf(
                "Wave 2 placed with the wave 1 model (%d respondents): %s%n",
                application.get("placedCount").asInt(), drift.get("verdict").asText());
        out.println("  " + drift.get("summary").asText());
        for (JsonNode s : drift.get("segments")) {
            JsonNode share = s.get("waveShare");
            out.printf(
                    "  segment %d: %4.1f%% in wave 1, %4.1f%% in wave 2 (95%% CI %.1f-%.1f%%)%n",
                    s.get("segmentNumber").asInt(),
                    100 * s.get("fittingShare").asDouble(),
                    100 * share.get("value").asDouble(),
                    100 * share.get("low").asDouble(),
                    100 * share.get("high").asDouble());
        }
    }

    /** Wave 1's answers again, then the yummy respondents once more (the known shift). */
    private Path writeAnswers() throws IOException {
        return writeAnswers(layout.dataset("msa-mcdonalds/mcdonalds.csv"), layout.state("demo-wave2.csv"));
    }

    /** Writes the second wave's CSV from the first wave's (the demo CSV) to target; the console's test uploads it. */
    static Path writeAnswers(Path firstWave, Path target) throws IOException {
        List<String> lines = Files.readAllLines(firstWave, StandardCharsets.UTF_8);
        List<String> wave = new ArrayList<>(lines);
        for (String line : lines.subList(1, lines.size())) {
            // the first column is "yummy"; the dataset quotes no field
            if (line.startsWith("Yes,")) {
                wave.add(line);
            }
        }
        Files.createDirectories(target.toAbsolutePath().getParent());
        Files.write(target, wave, StandardCharsets.UTF_8);
        return target;
    }
}
