package org.psychograph.survey.api;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.psychograph.survey.api.types.PageInfo;
import org.psychograph.survey.service.ResponseMatrix;

/**
 * A page of the response matrix as bytes, for analysis clients that read whole surveys (segmentation-service's
 * workers). The same page as GraphQL's {@code responseMatrix}, without its per-value cost: there each of a page's
 * up to 5,000,000 cells is a JSON number built, escaped and parsed one by one.
 *
 * <p>Version 1 (all integers and doubles big-endian, strings as Java's modified UTF-8 with a two-byte length, as
 * {@link DataOutputStream} writes them):
 *
 * <pre>
 * int32  magic 0x50474D31 ("PGM1")
 * int32  totalCount          respondents in the survey
 * bool   hasNextPage
 * string endCursor           "" when the page is empty
 * int32  columns, then each column's name
 * int32  rows, then per row: string respondentId, one float64 per column (NaN = not answered)
 * </pre>
 *
 * NaN is free to mean "not answered": imported numbers are finite. Why not a library format (Arrow, Protobuf):
 * either would add a dependency to both services for a five-field layout that {@link DataOutputStream} writes.
 */
public final class MatrixPageFormat {

    public static final String MEDIA_TYPE = "application/vnd.psychograph.matrix";

    static final int MAGIC = 0x50474D31;

    private MatrixPageFormat() {}

    static byte[] write(ResponseMatrix matrix, PageInfo pageInfo) {
        List<String> columns = matrix.columns();
        List<ResponseMatrix.Row> rows = matrix.rows().items();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 + rows.size() * (24 + 8 * columns.size()));
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(MAGIC);
            out.writeInt(matrix.rows().totalCount());
            out.writeBoolean(pageInfo.hasNextPage());
            out.writeUTF(pageInfo.endCursor() == null ? "" : pageInfo.endCursor());
            out.writeInt(columns.size());
            for (String column : columns) {
                out.writeUTF(column);
            }
            out.writeInt(rows.size());
            for (ResponseMatrix.Row row : rows) {
                out.writeUTF(row.respondentId());
                for (Double value : row.values()) {
                    out.writeDouble(value == null ? Double.NaN : value);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory cannot fail", e);
        }
        return bytes.toByteArray();
    }
}
