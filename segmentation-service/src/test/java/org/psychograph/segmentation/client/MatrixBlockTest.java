package org.psychograph.segmentation.client;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading survey-service's compact matrix page: what arrives whole is read exactly, anything else is refused. */
class MatrixBlockTest {

    @Test
    void aPageReadsBackWithMissingAnswersAsNaN() throws IOException {
        MatrixBlock block = MatrixBlock.decode(page(MatrixBlock.MAGIC, 3, true, "Yy0y", 2, 0));
        assertEquals(List.of("q1", "q2"), block.columns());
        assertEquals(3, block.totalCount());
        assertTrue(block.hasNextPage());
        assertEquals("Yy0y", block.endCursor());
        assertArrayEquals(new String[] {"r-0", "r-1"}, block.respondentIds());
        assertArrayEquals(new double[] {1.0, Double.NaN}, block.values()[0]);
        assertArrayEquals(new double[] {2.0, 5.5}, block.values()[1]);
    }

    @Test
    void anEmptyPageHasNoCursor() throws IOException {
        MatrixBlock block = MatrixBlock.decode(page(MatrixBlock.MAGIC, 0, false, "", 0, 0));
        assertNull(block.endCursor());
        assertEquals(0, block.respondentIds().length);
    }

    @Test
    void aForeignTruncatedOrPaddedAnswerIsRefused() throws IOException {
        byte[] whole = page(MatrixBlock.MAGIC, 3, true, "c", 2, 0);
        String foreign = assertThrows(
                        IllegalStateException.class, () -> MatrixBlock.decode("{\"errors\":[]}".getBytes()))
                .getMessage();
        assertTrue(foreign.contains("PGM1"), foreign);
        String cut = assertThrows(
                        IllegalStateException.class, () -> MatrixBlock.decode(Arrays.copyOf(whole, whole.length - 3)))
                .getMessage();
        assertTrue(cut.contains("ends early"), cut);
        String padded = assertThrows(
                        IllegalStateException.class,
                        () -> MatrixBlock.decode(page(MatrixBlock.MAGIC, 3, true, "c", 2, 1)))
                .getMessage();
        assertTrue(padded.contains("after its last row"), padded);
        String huge = assertThrows(
                        IllegalStateException.class,
                        () -> MatrixBlock.decode(page(MatrixBlock.MAGIC, 3, true, "c", -1, 0)))
                .getMessage();
        assertTrue(huge.contains("claims -1 rows"), huge);
        // a header claiming more rows than the bytes can hold is refused before anything is allocated
        byte[] header = page(MatrixBlock.MAGIC, 3, true, "c", 0, 0);
        header[header.length - 1] = 100; // the row count's last byte: 100 rows, none present
        String claims = assertThrows(IllegalStateException.class, () -> MatrixBlock.decode(header))
                .getMessage();
        assertTrue(claims.contains("claims 100 rows of 2 values but holds 0 more bytes"), claims);
    }

    @Test
    void aPageWithOtherColumnsThanAskedIsRefused() throws IOException {
        MatrixBlock block = MatrixBlock.decode(page(MatrixBlock.MAGIC, 3, false, "c", 1, 0));
        assertEquals(block, block.requireColumns(List.of("q1", "q2")));
        String swapped = assertThrows(IllegalStateException.class, () -> block.requireColumns(List.of("q2", "q1")))
                .getMessage();
        assertTrue(swapped.contains("answered columns [q1, q2] for the requested [q2, q1]"), swapped);
    }

    @Test
    void theMatrixAddressIsTheGraphQLOnesService() {
        assertEquals("http://survey:8080", SurveyMatrixClient.serviceBase("http://survey:8080/graphql"));
        assertEquals("http://127.0.0.1:1/survey", SurveyMatrixClient.serviceBase("http://127.0.0.1:1/survey/graphql/"));
        assertThrows(IllegalStateException.class, () -> SurveyMatrixClient.serviceBase("http://survey:8080/api"));
    }

    /** Two columns; {@code rows} rows (-1 writes that count with no rows), then {@code extra} stray bytes. */
    private static byte[] page(int magic, int total, boolean next, String cursor, int rows, int extra)
            throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(magic);
            out.writeInt(total);
            out.writeBoolean(next);
            out.writeUTF(cursor);
            out.writeInt(2);
            out.writeUTF("q1");
            out.writeUTF("q2");
            out.writeInt(rows);
            for (int r = 0; r < rows; r++) {
                out.writeUTF("r-" + r);
                out.writeDouble(r + 1.0);
                out.writeDouble(r == 0 ? Double.NaN : 5.5);
            }
            for (int i = 0; i < extra; i++) {
                out.writeByte(0);
            }
        }
        return bytes.toByteArray();
    }
}
