package org.psychograph.segmentation.repository;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.List;
import org.psychograph.segmentation.model.RespondentAssignment;

/**
 * Respondents' placements (row, respondent id, 1-based segment, distance, margin) as both a run's assignments and a
 * model application's are stored: one INSERT of parallel arrays per batch (unnest), and rows read back in order.
 */
final class PlacementRows {

    private PlacementRows() {}

    /**
     * Inserts one batch into {@code table} under {@code key} (its owner column {@code keyColumn}); both names are
     * this package's constants, never input.
     */
    static Uni<Void> insert(
            SqlConnection connection,
            String table,
            String keyColumn,
            Object key,
            Integer[] rows,
            String[] ids,
            Integer[] segments,
            Double[] distances,
            Double[] margins) {
        return connection
                .preparedQuery("INSERT INTO " + table + " (" + keyColumn + ", row_no, respondent_id, segment, "
                        + "distance, margin) SELECT $1, * FROM unnest($2::int[], $3::text[], $4::int[], "
                        + "$5::float8[], $6::float8[])")
                .execute(Tuple.from(new Object[] {key, rows, ids, segments, distances, margins}))
                .replaceWithVoid();
    }

    /** Rows selected as {@code row_no, respondent_id, segment, distance, margin}. */
    static List<RespondentAssignment> read(RowSet<Row> rows) {
        List<RespondentAssignment> page = new ArrayList<>();
        for (Row r : rows) {
            page.add(new RespondentAssignment(
                    r.getInteger(0), r.getString(1), r.getInteger(2), r.getDouble(3), r.getDouble(4)));
        }
        return page;
    }

    /** A margin as stored: a one-segment solution has no second centre, so no margin (0). */
    static double storedMargin(double margin) {
        return Double.isFinite(margin) ? margin : 0.0;
    }
}
