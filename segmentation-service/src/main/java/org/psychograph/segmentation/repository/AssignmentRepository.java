package org.psychograph.segmentation.repository;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import org.psychograph.segmentation.clustering.profile.Assignment;
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

    public Uni<Integer> count(UUID runId) {
        return pool.preparedQuery("SELECT count(*) FROM segment_assignment WHERE run_id = $1")
                .execute(Tuple.of(runId))
                .map(rows -> Math.toIntExact(rows.iterator().next().getLong(0)));
    }
}
