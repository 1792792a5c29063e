package org.psychograph.segmentation.stored;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.psychograph.segmentation.clustering.ResultCodec;
import org.psychograph.segmentation.clustering.tracking.DriftAnalysis;
import org.psychograph.segmentation.clustering.tracking.DriftReport;

/**
 * A model application's report as format 1 stored it ({@code stored/application-report-format1.json}) must still
 * read with its numbers; a report made now must read back equal. Written once by
 * {@code -Dpsychograph.stored-fixtures.write=true} (an existing file is never overwritten).
 */
class StoredApplicationReportTest {

    private static final String FIXTURE = "application-report-format1.json";

    @Test
    void theStoredFormatOneReportStillReadsWithItsNumbers() throws IOException {
        StoredApplicationReport made = made();
        if (Boolean.getBoolean("psychograph.stored-fixtures.write")) {
            Path target = Path.of("src/test/resources/stored").resolve(FIXTURE);
            if (!Files.exists(target)) {
                Files.write(target, ResultCodec.toStoredJson(StoredApplicationReport.FORMAT, made));
            }
        }
        StoredApplicationReport stored = ApplicationReportStorage.decode(Compression.gzip(fixture()));
        assertEquals(made, stored, "format 1 as written then, read now");
        assertEquals("SHARES_CHANGED", stored.verdict());
        assertEquals(3, stored.segments().size());
        double shares = stored.segments().stream()
                .mapToDouble(s -> s.waveShare().value())
                .sum();
        assertEquals(1.0, shares, 1e-9);
        for (StoredApplicationReport.Segment s : stored.segments()) {
            assertTrue(s.waveShare().low() <= s.waveShare().value()
                    && s.waveShare().value() <= s.waveShare().high());
        }
    }

    @Test
    void aReportMadeNowReadsBackEqual() {
        StoredApplicationReport made = made();
        assertEquals(made, ApplicationReportStorage.decode(ApplicationReportStorage.encode(made)));
    }

    /** Three segments of 300 fitting respondents each; a wave of 600 in which segment 2 doubled. */
    private static StoredApplicationReport made() {
        SplittableRandom random = new SplittableRandom(5);
        int[] fitSegment = new int[900];
        double[] fitDistance = new double[900];
        for (int i = 0; i < 900; i++) {
            fitSegment[i] = i % 3;
            fitDistance[i] = random.nextDouble(0.5, 2.0);
        }
        int[] waveSegment = new int[600];
        double[] waveDistance = new double[600];
        for (int i = 0; i < 600; i++) {
            waveSegment[i] = i < 300 ? 1 : (i % 2 == 0 ? 0 : 2);
            waveDistance[i] = random.nextDouble(0.5, 2.0);
        }
        DriftReport drift = DriftAnalysis.compare(3, fitSegment, fitDistance, waveSegment, waveDistance);
        return StoredApplicationReport.of("run-1", "survey-2", 600, 4, "respondent r9: no answer to q3", drift);
    }

    private static byte[] fixture() throws IOException {
        try (InputStream in = StoredApplicationReportTest.class.getResourceAsStream("/stored/" + FIXTURE)) {
            if (in == null) {
                throw new IOException("no fixture stored/" + FIXTURE + " (write it with "
                        + "-Dpsychograph.stored-fixtures.write=true)");
            }
            return in.readAllBytes();
        }
    }
}
