package org.psychograph.segmentation.repository;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import org.psychograph.segmentation.clustering.profile.Assignment;
import org.psychograph.segmentation.model.PlacementColumns;
import org.psychograph.segmentation.model.RespondentAssignment;

/** Respondents' segments in a run's chosen solution ({@code segment_assignment}), written in bulk, read by page. */
@ApplicationScoped
public class AssignmentRepository {

    /** Rows per INSERT: a million respondents are a hundred statements, each of bounded size. */
    static final int BATCH = 10_000;

    private final Pool pool;

    public AssignmentRepository(Pool pool) {
        this.pool = pool;
    }

    /** Replaces the run's assignments (an earlier choice of k) in the caller's transaction; segments 1-based. */
    public Uni<Void> replace(SqlConnection connection, UUID runId, List<Assignment> all) {
        Uni<Void> chain = connection
                .preparedQuery("DELETE FROM segment_assignment WHERE run_id = $1")
                .execute(Tuple.of(runId))
                .replaceWithVoid();
        for (int from = 0; from < all.size(); from += BATCH) {
            List<Assignment> batch = all.subList(from, Math.min(all.size(), from + BATCH));
            int offset = from;
            chain = chain.chain(() -> insert(connection, runId, batch, offset));
        }
        return chain;
    }

    private static Uni<Void> insert(SqlConnection connection, UUID runId, List<Assignment> batch, int offset) {
        Integer[] rows = new Integer[batch.size()];
        String[] ids = new String[batch.size()];
        Integer[] segments = new Integer[batch.size()];
        Double[] distances = new Double[batch.size()];
        Double[] margins = new Double[batch.size()];
        for (int i = 0; i < batch.size(); i++) {
            Assignment a = batch.get(i);
            rows[i] = offset + i;
            ids[i] = a.respondentId();
            segments[i] = a.segment() + 1;
            distances[i] = a.distance();
            margins[i] = PlacementRows.storedMargin(a.margin());
        }
        return PlacementRows.insert(
                connection, "segment_assignment", "run_id", runId, rows, ids, segments, distances, margins);
    }

    /** Up to {@code limit} assignments after row {@code afterRow}, in row order. */
    public Uni<List<RespondentAssignment>> page(UUID runId, int afterRow, int limit) {
        return pool.preparedQuery("SELECT row_no, respondent_id, segment, distance, margin FROM segment_assignment "
                        + "WHERE run_id = $1 AND row_no > $2 ORDER BY row_no LIMIT $3")
                .execute(Tuple.of(runId, afterRow, limit))
                .map(PlacementRows::read);
    }

    /** Rows per read of a run's whole solution: a million are read in twenty bounded pieces. */
    static final int ALL_PAGE = 50_000;

    /**
     * All of a run's assignments in row order (segment 0-based, distance, margin), as columns. Without ids when the
     * caller needs none (a drift baseline): a million respondent ids are most of the memory.
     */
    public Uni<PlacementColumns> all(UUID runId, boolean withIds) {
        return allFrom(runId, withIds, -1, new PlacementColumns());
    }

    private Uni<PlacementColumns> allFrom(UUID runId, boolean withIds, int afterRow, PlacementColumns columns) {
        String id = withIds ? "respondent_id" : "NULL::text";
        return pool.preparedQuery("SELECT row_no, " + id + ", segment, distance, margin FROM segment_assignment "
                        + "WHERE run_id = $1 AND row_no > $2 ORDER BY row_no LIMIT $3")
                .execute(Tuple.of(runId, afterRow, ALL_PAGE))
                .chain(rows -> {
                    int last = afterRow;
                    for (Row r : rows) {
                        last = r.getInteger(0);
                        columns.add(r.getString(1), r.getInteger(2) - 1, r.getDouble(3), r.getDouble(4));
                    }
                    return rows.size() < ALL_PAGE
                            ? Uni.createFrom().item(columns)
                            : allFrom(runId, withIds, last, columns);
                });
    }

    public Uni<Integer> count(UUID runId) {
        return pool.preparedQuery("SELECT count(*) FROM segment_assignment WHERE run_id = $1")
                .execute(Tuple.of(runId))
                .map(rows -> Math.toIntExact(rows.iterator().next().getLong(0)));
    }
}
