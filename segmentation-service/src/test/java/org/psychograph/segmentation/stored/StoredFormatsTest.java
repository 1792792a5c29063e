package org.psychograph.segmentation.stored;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.psychograph.segmentation.clustering.Assigner;
import org.psychograph.segmentation.clustering.ClusteringConfig;
import org.psychograph.segmentation.clustering.ProgressListener;
import org.psychograph.segmentation.clustering.ResultCodec;
import org.psychograph.segmentation.clustering.SegmentationAnalysis;
import org.psychograph.segmentation.clustering.SegmentationResult;
import org.psychograph.segmentation.clustering.preparation.DataPreparation;
import org.psychograph.segmentation.clustering.preparation.MissingValuePolicy;
import org.psychograph.segmentation.clustering.preparation.PreparedData;
import org.psychograph.segmentation.clustering.preparation.RawResponses;
import org.psychograph.segmentation.clustering.preparation.Standardisation;
import org.psychograph.segmentation.clustering.preparation.VariableScale;
import org.psychograph.segmentation.clustering.storage.SegmentationModel;
import org.psychograph.segmentation.model.QuestionInfo;
import org.psychograph.segmentation.pipeline.ReportBuilder;
import org.psychograph.segmentation.pipeline.RunInput;

/**
 * Data written by one release must be readable by the next. {@code src/test/resources/stored/} keeps a run
 * report and a model as each format wrote them (format 0: before stored documents had a format); every one must
 * still read, with its numbers. When a change makes a fixture unreadable, the change needs a new format and a
 * translation on read, not a new fixture. Fixtures of a new format are written once by
 * {@code -Dpsychograph.stored-fixtures.write=true} (an existing file is never overwritten).
 */
class StoredFormatsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] CODES = {"trust", "price", "novelty", "brand", "service"};

    @Test
    void everyStoredFormatOfTheRunReportStillReads() throws IOException {
        for (int format = 0; format <= StoredRunReport.FORMAT; format++) {
            StoredRunReport report =
                    ReportStorage.decode(Compression.gzip(fixture("run-report-format" + format + ".json")));
            String where = "run report format " + format;
            assertEquals(
                    List.of(2, 3, 4),
                    report.candidates().stream().map(c -> c.k()).toList(),
                    where);
            assertEquals(
                    1, report.candidates().stream().filter(c -> c.recommended()).count(), where);
            assertEquals(3, report.segments().size(), where);
            assertEquals(
                    400,
                    report.segments().stream().mapToInt(StoredSegment::size).sum(),
                    where);
            for (StoredSegment s : report.segments()) {
                assertEquals(5, s.profile().size(), where + ": the profile of segment " + s.number());
                assertFalse(s.label().isBlank(), where);
            }
            assertNotNull(report.provenance(), where);
            assertEquals("77", report.provenance().seed(), where);
        }
    }

    @Test
    void everyStoredFormatOfTheModelStillAssignsAsItDid() throws IOException {
        JsonNode expected = JSON.readTree(fixture("model-assignments.json"));
        for (int format = 0; format <= SegmentationModel.FORMAT; format++) {
            SegmentationModel model = SegmentationModel.fromBytes(fixture("model-format" + format + ".json"));
            Assigner assigner = Assigner.of(model);
            for (JsonNode row : expected) {
                double[] answers = new double[CODES.length];
                for (int j = 0; j < answers.length; j++) {
                    answers[j] = row.get("answers").get(j).asDouble();
                }
                assertEquals(
                        row.get("segment").asInt(),
                        assigner.assign(answers).segment(),
                        "model format " + format + ", answers " + row.get("answers"));
            }
        }
    }

    @Test
    void aLaterReleasesExtraFieldsAreSkippedAndANewerFormatIsRefusedInWords() throws IOException {
        ObjectNode document =
                (ObjectNode) JSON.readTree(fixture("run-report-format" + StoredRunReport.FORMAT + ".json"));
        ((ObjectNode) document.get("body")).put("fieldOfALaterRelease", "x");
        ((ObjectNode) document.get("body").get("segments").get(0)).put("anotherOne", 1);
        StoredRunReport report = ResultCodec.fromStoredJson(
                JSON.writeValueAsBytes(document), StoredRunReport.class, StoredRunReport.FORMAT, "run report");
        assertEquals(3, report.segments().size());

        document.put("format", StoredRunReport.FORMAT + 1);
        IllegalStateException refused = assertThrows(
                IllegalStateException.class,
                () -> ResultCodec.fromStoredJson(
                        JSON.writeValueAsBytes(document), StoredRunReport.class, StoredRunReport.FORMAT, "run report"));
        assertTrue(
                refused.getMessage()
                        .contains("stored in format " + (StoredRunReport.FORMAT + 1) + " by a newer release"),
                refused.getMessage());
    }

    @Test
    void aStoredReportWithFieldsThisReleaseDoesNotKnowIsStillRead() throws IOException {
        // what a later release may add anywhere: beside the envelope, in the body, in nested records
        ObjectNode document =
                (ObjectNode) JSON.readTree(fixture("run-report-format" + StoredRunReport.FORMAT + ".json"));
        document.put("writtenBy", "release 9");
        ObjectNode body = (ObjectNode) document.get("body");
        body.putArray("segmentHistory").add("x");
        ((ObjectNode) body.get("candidates").get(0)).put("gapStatistic", 0.25);
        ObjectNode segment = (ObjectNode) body.get("segments").get(0);
        segment.putObject("persona").put("name", "Value seeker");
        ((ObjectNode) segment.get("profile").get(0)).put("effectSize", 0.8);
        ((ObjectNode) body.get("provenance")).put("gitCommit", "abc123");

        StoredRunReport report = ReportStorage.decode(Compression.gzip(JSON.writeValueAsBytes(document)));
        assertEquals(
                List.of(2, 3, 4),
                report.candidates().stream().map(StoredCandidate::k).toList());
        assertEquals(3, report.segments().size());
        assertEquals(5, report.segments().get(0).profile().size());
        assertEquals("77", report.provenance().seed());
    }

    @Test
    void whatIsWrittenNowCarriesTheCurrentFormat() throws IOException {
        Fixtures made = Fixtures.make();
        JsonNode report = JSON.readTree(Compression.gunzip(ReportStorage.encode(made.report())));
        assertEquals(StoredRunReport.FORMAT, report.get("format").asInt());
        assertEquals(
                SegmentationModel.FORMAT,
                JSON.readTree(made.result().model().toBytes()).get("format").asInt());
        if (Boolean.getBoolean("psychograph.stored-fixtures.write")) {
            made.write();
        }
    }

    private static byte[] fixture(String name) throws IOException {
        try (InputStream in = StoredFormatsTest.class.getResourceAsStream("/stored/" + name)) {
            if (in == null) {
                throw new IOException(
                        "no fixture stored/" + name + " (write it with " + "-Dpsychograph.stored-fixtures.write=true)");
            }
            return in.readAllBytes();
        }
    }

    /** A small run (400 respondents, 5 Likert questions, k 2..4, seed 77) and what it stores. */
    private record Fixtures(SegmentationResult result, StoredRunReport report, RawResponses raw) {

        static Fixtures make() {
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                SplittableRandom random = new SplittableRandom(8);
                List<Double[]> rows = new ArrayList<>();
                List<String> ids = new ArrayList<>();
                for (int r = 0; r < 400; r++) {
                    int group = r % 3;
                    Double[] answers = new Double[CODES.length];
                    for (int j = 0; j < CODES.length; j++) {
                        double centre = 2 + 2 * ((group + j) % 3);
                        answers[j] = (double) Math.max(1, Math.min(7, Math.round(centre + random.nextGaussian())));
                    }
                    rows.add(answers);
                    ids.add("r" + r);
                }
                RawResponses raw = RawResponses.fromNullable(ids.toArray(String[]::new), CODES, rows);
                List<VariableScale> scales = List.of(
                        VariableScale.of("trust", 1, 7),
                        VariableScale.reversed("price", 1, 7),
                        VariableScale.of("novelty", 1, 7),
                        VariableScale.of("brand", 1, 7),
                        VariableScale.of("service", 1, 7));
                PreparedData prepared = new DataPreparation(MissingValuePolicy.MEAN_IMPUTE, Standardisation.ZSCORE)
                        .prepare(raw, scales);
                SegmentationResult result = new SegmentationAnalysis(pool)
                        .run(
                                prepared,
                                ClusteringConfig.forRange(2, 4, 77).withBootstrap(5, 1),
                                List.of(),
                                ProgressListener.none(),
                                () -> false);
                List<QuestionInfo> questions = new ArrayList<>();
                for (String code : CODES) {
                    questions.add(new QuestionInfo(code, "I value " + code, "LIKERT", "ATTITUDES", "BASIS", List.of()));
                }
                RunInput input = new RunInput(prepared, List.of(), List.of(), questions);
                StoredRunReport report = ReportBuilder.report(
                        "run-fixture",
                        result.candidates(),
                        result.structure(),
                        result.recommendation(),
                        result.chosen(),
                        input,
                        result.model().provenance(),
                        result.notes(),
                        null);
                return new Fixtures(result, report, raw);
            } finally {
                pool.shutdownNow();
            }
        }

        /** Writes the fixtures of the current formats that do not exist yet (format 0 as it was written then). */
        void write() throws IOException {
            Path dir = Path.of("src/test/resources/stored");
            Files.createDirectories(dir);
            writeOnce(dir.resolve("run-report-format0.json"), ResultCodec.toJson(report));
            writeOnce(
                    dir.resolve("run-report-format" + StoredRunReport.FORMAT + ".json"),
                    ResultCodec.toStoredJson(StoredRunReport.FORMAT, report));
            writeOnce(dir.resolve("model-format0.json"), ResultCodec.toJson(result.model()));
            writeOnce(
                    dir.resolve("model-format" + SegmentationModel.FORMAT + ".json"),
                    result.model().toBytes());
            Assigner assigner = Assigner.of(result.model());
            var rows = JSON.createArrayNode();
            for (int r = 0; r < 12; r++) {
                double[] answers = new double[CODES.length];
                var row = JSON.createObjectNode();
                var values = row.putArray("answers");
                for (int j = 0; j < CODES.length; j++) {
                    answers[j] = raw.values()[r * 31][j];
                    values.add(answers[j]);
                }
                row.put("segment", assigner.assign(answers).segment());
                rows.add(row);
            }
            writeOnce(
                    dir.resolve("model-assignments.json"),
                    JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(rows));
        }

        private static void writeOnce(Path file, byte[] bytes) {
            if (Files.exists(file)) {
                return;
            }
            try {
                Files.write(file, bytes);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
