package org.psychograph.segmentation.client;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * One page of survey-service's response matrix as it arrives in the compact form ({@code POST
 * /surveys/{id}/matrix}, layout in docs/response-coding.md): respondent ids and one primitive row per respondent,
 * NaN where not answered. No boxed number per cell, unlike the GraphQL page.
 *
 * @param columns      the question codes, in the order of each row's values
 * @param totalCount   respondents in the survey
 * @param hasNextPage  whether another page follows
 * @param endCursor    the cursor to ask for the next page with (null on an empty page)
 * @param respondentIds the page's respondents, in order
 * @param values       one row per respondent, one value per column, NaN = not answered
 */
public record MatrixBlock(
        List<String> columns,
        int totalCount,
        boolean hasNextPage,
        String endCursor,
        String[] respondentIds,
        double[][] values) {

    /** The first four bytes of every page, "PGM1": the format's version 1. */
    static final int MAGIC = 0x50474D31;

    /** Reads a page; a truncated, oversized or foreign answer is an error, never a short page. */
    public static MatrixBlock decode(byte[] bytes) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            if (in.readInt() != MAGIC) {
                throw new IllegalStateException("survey-service's matrix page does not start with PGM1");
            }
            int total = in.readInt();
            boolean hasNext = in.readBoolean();
            String cursor = in.readUTF();
            // every count is checked against the bytes that follow before anything is sized from it: a column name
            // takes at least its two-byte length, a row that plus 8 bytes per value
            int columnCount = claimed(in.readInt(), 2, in, "columns");
            List<String> columns = new ArrayList<>();
            for (int c = 0; c < columnCount; c++) {
                columns.add(in.readUTF());
            }
            int rowCount = claimed(in.readInt(), 2L + 8L * columnCount, in, "rows of " + columnCount + " values");
            String[] ids = new String[rowCount];
            double[][] values = new double[rowCount][columnCount];
            for (int r = 0; r < rowCount; r++) {
                ids[r] = in.readUTF();
                for (int c = 0; c < columnCount; c++) {
                    values[r][c] = in.readDouble();
                }
            }
            if (in.read() != -1) {
                throw new IllegalStateException("survey-service's matrix page has bytes after its last row");
            }
            return new MatrixBlock(List.copyOf(columns), total, hasNext, cursor.isEmpty() ? null : cursor, ids, values);
        } catch (EOFException e) {
            throw new IllegalStateException("survey-service's matrix page ends early", e);
        } catch (IOException e) {
            throw new IllegalStateException("survey-service's matrix page cannot be read: " + e.getMessage(), e);
        }
    }

    /** A page must carry the columns asked for, in that order: its values are read by position. */
    public MatrixBlock requireColumns(List<String> asked) {
        if (!columns.equals(asked)) {
            throw new IllegalStateException(
                    "survey-service answered columns " + columns + " for the requested " + asked);
        }
        return this;
    }

    /** A count the page claims, refused when negative or when the bytes left cannot hold that many items. */
    private static int claimed(int count, long leastBytesEach, DataInputStream in, String what) throws IOException {
        if (count < 0 || count * leastBytesEach > in.available()) {
            throw new IllegalStateException("survey-service's matrix page claims " + count + " " + what + " but holds "
                    + in.available() + " more bytes");
        }
        return count;
    }
}
