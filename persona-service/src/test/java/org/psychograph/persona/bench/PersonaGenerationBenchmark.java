package org.psychograph.persona.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.psychograph.persona.client.Dimension;
import org.psychograph.persona.client.Run;
import org.psychograph.persona.generation.Meanings;
import org.psychograph.persona.generation.PersonaContent;
import org.psychograph.persona.generation.PersonaGenerator;
import org.psychograph.persona.generation.SurveyShapesTest;
import org.psychograph.persona.generation.SurveyShapesTest.Question;
import org.psychograph.persona.meaning.SentenceEncoder;
import org.psychograph.persona.rules.RulePack;
import org.psychograph.persona.rules.RulePackParser;

/**
 * The sentence model's load time and memory, and persona generation time for a run of 6 segments on a
 * 40-question survey worded as no lexicon expects (the calibration texts): the first time its questions are read
 * (sentence model used) and again (readings cached). Not part of the normal test run (tag "benchmark"); run with:
 *
 * <pre>./mvnw -pl persona-service test -Dgroups=benchmark -DexcludedGroups= -Dtest=PersonaGenerationBenchmark \
 *     -Dsurefire.failIfNoSpecifiedTests=false</pre>
 */
@Tag("benchmark")
class PersonaGenerationBenchmark {

    static final int SURVEYS = 10;

    @Test
    void modelLoadAndGenerationTimes() throws Exception {
        long heapBefore = usedHeapAfterGc();
        long rssBefore = rssKb();
        long started = System.nanoTime();
        SentenceEncoder.preload(java.time.Duration.ZERO);
        SentenceEncoder.embed("warm up");
        double loadSeconds = (System.nanoTime() - started) / 1e9;
        long heapAfter = usedHeapAfterGc();
        long rssAfter = rssKb();

        List<String> texts = calibrationTexts();
        RulePack pack = defaultPack();
        List<Double> cold = new ArrayList<>();
        List<Double> warm = new ArrayList<>();
        for (int s = 0; s < SURVEYS; s++) {
            Run run = run(s, texts);
            long t0 = System.nanoTime();
            Meanings.warm(run);
            List<PersonaContent> personas = PersonaGenerator.generate(run, pack);
            cold.add((System.nanoTime() - t0) / 1e6);
            assertEquals(6, personas.size());
            long t1 = System.nanoTime();
            Meanings.warm(run);
            PersonaGenerator.generate(run, pack);
            warm.add((System.nanoTime() - t1) / 1e6);
        }
        System.out.printf(
                Locale.ROOT,
                "sentence model: loaded and first sentence embedded in %.2f s; used heap "
                        + "+%d MB (%d -> %d MB), RSS +%d MB (%d -> %d MB)%n",
                loadSeconds,
                (heapAfter - heapBefore) >> 20,
                heapBefore >> 20,
                heapAfter >> 20,
                (rssAfter - rssBefore) >> 10,
                rssBefore >> 10,
                rssAfter >> 10);
        System.out.printf(
                Locale.ROOT,
                "generation, 6 segments x %d questions, %d surveys: first reading of the "
                        + "survey median %.0f ms (max %.0f); readings cached median %.1f ms (max %.1f)%n",
                texts.size(),
                SURVEYS,
                median(cold),
                max(cold),
                median(warm),
                max(warm));
    }

    /** A survey of the calibration texts (each survey's wording made distinct, so nothing is cached from the last). */
    private static Run run(int survey, List<String> texts) {
        List<Question> questions = new ArrayList<>();
        Dimension[] dimensions = {Dimension.VALUES, Dimension.LIFESTYLE, Dimension.ATTITUDES, Dimension.INTERESTS};
        for (int i = 0; i < texts.size(); i++) {
            questions.add(new Question(
                    "q" + i,
                    texts.get(i) + (survey == 0 ? "" : " (wave " + survey + ")"),
                    dimensions[i % dimensions.length]));
        }
        List<Map<String, Double>> segments = new ArrayList<>();
        for (int g = 0; g < 6; g++) {
            Map<String, Double> d = new HashMap<>();
            for (int j = 0; j < 5; j++) {
                d.put("q" + ((g * 7 + j * 3) % texts.size()), (j % 2 == 0 ? 1 : -1) * (0.4 + 0.1 * j));
            }
            segments.add(d);
        }
        return SurveyShapesTest.run("bench-" + survey, questions, segments);
    }

    private static List<String> calibrationTexts() throws IOException {
        List<String> out = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                PersonaGenerationBenchmark.class.getResourceAsStream("/meaning/calibration.tsv"),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null && out.size() < 40) {
                if (!line.startsWith("#") && !line.startsWith("text\t") && !line.isBlank()) {
                    out.add(line.split("\t")[0]);
                }
            }
        }
        return out;
    }

    private static RulePack defaultPack() throws Exception {
        try (var in = PersonaGenerationBenchmark.class.getResourceAsStream("/rulepacks/default.yaml")) {
            String yaml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return new RulePack("default", 1, null, RulePackParser.parse(yaml), yaml);
        }
    }

    private static long usedHeapAfterGc() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static long rssKb() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", ""));
            }
        }
        return -1;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    private static double max(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).max().orElse(0);
    }
}
