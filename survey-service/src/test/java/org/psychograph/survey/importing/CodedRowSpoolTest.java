package org.psychograph.survey.importing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.psychograph.survey.coding.CodedResponse;

/** Every coded value comes back from the spool exactly as it went in, in order, and the file is gone afterwards. */
class CodedRowSpoolTest {

    @Test
    void valuesComeBackExactly() throws IOException {
        Double[] edges = {
            null,
            0.0,
            1.0,
            251.0,
            252.0,
            253.0,
            254.0,
            255.0,
            -1.0,
            -0.0,
            1.5,
            1e12,
            -1e12,
            (double) Integer.MIN_VALUE,
            (double) Integer.MAX_VALUE,
            Integer.MAX_VALUE + 1.0,
            4.9e-324
        };
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("comment", "é🙂 " + "x".repeat(70_000)); // longer than writeUTF's 65,535 bytes
        texts.put("empty", "");
        Map<String, String> attributes = Map.of("region", "Nord");
        List<CodedResponse> rows = List.of(
                new CodedResponse(2, "r-1", edges, texts, attributes),
                new CodedResponse(3, "r-2", new Double[] {null, null}, Map.of(), Map.of()));

        try (CodedRowSpool spool = new CodedRowSpool()) {
            spool.append(rows);
            List<CodedResponse> back = new ArrayList<>();
            spool.batches(10).forEachRemaining(back::addAll);

            assertEquals(2, back.size());
            for (int i = 0; i < rows.size(); i++) {
                CodedResponse in = rows.get(i);
                CodedResponse out = back.get(i);
                assertEquals(in.rowNumber(), out.rowNumber());
                assertEquals(in.respondentId(), out.respondentId());
                assertArrayEquals(in.answers(), out.answers()); // Double.equals: -0.0 differs from 0.0
                assertEquals(
                        List.copyOf(in.textAnswers().entrySet()),
                        List.copyOf(out.textAnswers().entrySet()));
                assertEquals(in.attributes(), out.attributes());
            }
        }
    }

    @Test
    void batchesAreTheAskedSizeInOrderAndTheFileIsRemoved(@TempDir Path tmp) throws IOException {
        long spoolsBefore = spoolFiles(tmp);
        CodedRowSpool spool = new CodedRowSpool(tmp);
        for (int batch = 0; batch < 3; batch++) {
            List<CodedResponse> rows = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                int row = batch * 40 + i;
                rows.add(new CodedResponse(
                        row + 2, "id-" + row, new Double[] {(double) (row % 5 + 1)}, Map.of(), Map.of()));
            }
            spool.append(rows);
        }
        assertEquals(120, spool.rows());
        assertEquals(spoolsBefore + 1, spoolFiles(tmp), "one spool file while importing");

        Iterator<List<CodedResponse>> batches = spool.batches(50);
        List<Integer> sizes = new ArrayList<>();
        int expected = 0;
        while (batches.hasNext()) {
            List<CodedResponse> batch = batches.next();
            sizes.add(batch.size());
            for (CodedResponse r : batch) {
                assertEquals("id-" + expected, r.respondentId());
                assertEquals(expected % 5 + 1, r.answers()[0]);
                expected++;
            }
        }
        assertEquals(List.of(50, 50, 20), sizes);
        spool.close();
        assertEquals(spoolsBefore, spoolFiles(tmp), "the spool file is deleted when the import ends");
    }

    @Test
    void anEmptySpoolHasNoBatchesAndNoFile() throws IOException {
        try (CodedRowSpool spool = new CodedRowSpool()) {
            assertFalse(spool.batches(10).hasNext());
            assertTrue(spool.rows() == 0);
        }
    }

    private static long spoolFiles(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().startsWith("psychograph-import-"))
                    .count();
        }
    }
}
