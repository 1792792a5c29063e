package org.psychograph.survey.repository;

import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.psychograph.survey.coding.CodedResponse;

/**
 * Respondents and responses in plain SQL over the reactive client. Responses are bulk data (one
 * array per row, written by the hundred thousand), where Panache's entity-per-row model costs 3x-25x
 * the time of set-based SQL (measured, see docs/benchmarks.md).
 *
 * <p>Writes to a survey are serialised (a transaction-scoped advisory lock per survey) and go through a
 * per-transaction staging table, then one merge: the same path for GraphQL submissions and bulk imports, so
 * duplicates and idempotence are handled once. (Writing a first import straight into the respondent and
 * response tables batch by batch, staging only the keys for the duplicate check, was measured slower than
 * staging everything and merging once: see docs/benchmarks.md.)
 */
@ApplicationScoped
public class ResponseStore {

    /** Memory one merge may use for its joins (per transaction, never the server-wide default). */
    static final String MERGE_WORK_MEM = "256MB";

    private final Pool pool;

    public ResponseStore(Pool pool) {
        this.pool = pool;
    }

    public Pool pool() {
        return pool;
    }

    /**
     * Starts a write to a survey's responses in the caller's transaction: waits for any other write to the
     * same survey to commit, and creates the staging table (dropped at commit or rollback). Answers whether
     * the survey already has responses.
     */
    public Uni<Boolean> beginWrite(SqlConnection connection, UUID surveyId) {
        return connection.preparedQuery("SELECT pg_advisory_xact_lock(hashtextextended($1, 0))")
                .execute(Tuple.of("responses:" + surveyId))
                // the joins and the duplicate check of a large write hash hundreds of MB; the default
                // work_mem (4 MB) sends them to disk
                .chain(() -> connection.query("SET LOCAL work_mem = '" + MERGE_WORK_MEM + "'").execute())
                .chain(() -> connection.query("CREATE TEMP TABLE response_staging (row_no bigint, external_id text, "
                        + "answers double precision[], text_answers jsonb, attributes jsonb) ON COMMIT DROP").execute())
                .chain(() -> connection.preparedQuery("SELECT EXISTS (SELECT 1 FROM response WHERE survey_id = $1)")
                        .execute(Tuple.of(surveyId)))
                .map(rows -> rows.iterator().next().getBoolean(0));
    }

    /**
     * Stages a batch with one statement. The answers travel as ONE flat binary float8 array (row after
     * row), sliced per row by the server: cheaper than one text array literal per row to format and parse.
     * Missing answers travel as NaN, which the coder never lets through as an answer, and become NULL again
     * per row: with NULL elements in the flat array PostgreSQL walks its null bitmap from the start for every
     * slice, which made a 50,000-row file with 2% unanswered items take 41 s instead of half a second.
     */
    public Uni<Void> stage(SqlClient connection, List<CodedResponse> batch) {
        if (batch.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return connection.preparedQuery("INSERT INTO response_staging "
                + "SELECT r, e, array_replace(($3::float8[])[(i - 1) * $6 + 1 : i * $6], 'NaN'::float8, NULL), "
                + "t::jsonb, x::jsonb "
                + "FROM unnest($1::bigint[], $2::text[], $4::text[], $5::text[]) WITH ORDINALITY AS u(r, e, t, x, i)")
                .execute(BatchColumns.of(batch).tuple()).replaceWithVoid();
    }

    /** A batch as the column arrays the staging statement unnests: $1 rows, $2 ids, $3 flat answers, $4 texts, $5 attributes, $6 width. */
    private record BatchColumns(Object[] values) {

        /** A missing answer in transit (see {@link #stage}). */
        private static final Double MISSING = Double.NaN;

        static BatchColumns of(List<CodedResponse> batch) {
            int width = batch.get(0).answers().length;
            Long[] rows = new Long[batch.size()];
            String[] ids = new String[batch.size()];
            Double[] answers = new Double[batch.size() * width];
            String[] texts = new String[batch.size()];
            String[] attributes = new String[batch.size()];
            for (int i = 0; i < batch.size(); i++) {
                CodedResponse r = batch.get(i);
                rows[i] = r.rowNumber();
                ids[i] = r.respondentId();
                Double[] row = r.answers();
                for (int q = 0; q < width; q++) {
                    answers[i * width + q] = row[q] == null ? MISSING : row[q];
                }
                texts[i] = r.textAnswers().isEmpty() ? null : new JsonObject(Map.copyOf(r.textAnswers())).encode();
                attributes[i] = r.attributes() == null || r.attributes().isEmpty() ? null
                        : new JsonObject(Map.copyOf(r.attributes())).encode();
            }
            return new BatchColumns(new Object[] {rows, ids, answers, texts, attributes, width});
        }

        Tuple tuple() {
            return Tuple.from(values);
        }
    }

    /** Respondent ids staged more than once: (id, first row, repeated row), at most {@code limit}. */
    public Uni<List<long[]>> stagedDuplicates(SqlClient connection, int limit, List<String> idsOut) {
        return connection.preparedQuery("SELECT external_id, min(row_no) AS first_row, "
                + "(array_agg(row_no ORDER BY row_no))[2] AS again FROM response_staging "
                + "GROUP BY external_id HAVING count(*) > 1 ORDER BY again LIMIT $1")
                .execute(Tuple.of(limit)).map(rows -> {
                    List<long[]> result = new ArrayList<>();
                    for (Row row : rows) {
                        idsOut.add(row.getString("external_id"));
                        result.add(new long[] {row.getLong("first_row"), row.getLong("again")});
                    }
                    return result;
                });
    }

    /**
     * Merges the staged responses: creates missing respondents (and merges new attributes into existing
     * ones), replaces changed responses, inserts new ones, leaves identical ones alone. Returns the number
     * of responses written. Plain anti-joins rather than ON CONFLICT: a bulk import is mostly new rows.
     * {@code hadResponses} comes from {@link #beginWrite}: without earlier responses there is nothing to
     * replace, and the three-way join is skipped.
     */
    public Uni<Integer> mergeStaged(SqlClient connection, String workspaceId, UUID surveyId, boolean anyAttributes,
            boolean hadResponses) {
        String newRespondents = "INSERT INTO respondent (workspace_id, external_id, attributes) "
                + "SELECT $1, s.external_id, coalesce(s.attributes, '{}'::jsonb) FROM response_staging s "
                + "WHERE NOT EXISTS (SELECT 1 FROM respondent r WHERE r.workspace_id = $1 "
                + "AND r.external_id = s.external_id)";
        String changed = "UPDATE response p SET answers = s.answers, text_answers = s.text_answers, "
                + "submitted_at = now() FROM response_staging s JOIN respondent r "
                + "ON r.workspace_id = $2 AND r.external_id = s.external_id "
                + "WHERE p.survey_id = $1 AND p.respondent_id = r.id "
                + "AND (p.answers IS DISTINCT FROM s.answers OR p.text_answers IS DISTINCT FROM s.text_answers)";
        String added = "INSERT INTO response (survey_id, respondent_id, answers, text_answers, submitted_at) "
                + "SELECT $1, r.id, s.answers, s.text_answers, now() FROM response_staging s "
                + "JOIN respondent r ON r.workspace_id = $2 AND r.external_id = s.external_id "
                + "WHERE NOT EXISTS (SELECT 1 FROM response p WHERE p.survey_id = $1 AND p.respondent_id = r.id)";
        // a temporary table has no statistics: without them the planner picks row-by-row index lookups
        // for a join of hundreds of thousands of rows
        return connection.query("ANALYZE response_staging").execute()
                .chain(() -> connection.preparedQuery(newRespondents).execute(Tuple.of(workspaceId)))
                .chain(() -> anyAttributes ? mergeAttributes(connection, workspaceId) : Uni.createFrom().voidItem())
                .chain(() -> hadResponses
                        ? connection.preparedQuery(changed).execute(Tuple.of(surveyId, workspaceId)).map(r -> r.rowCount())
                        : Uni.createFrom().item(0))
                .chain(updated -> connection.preparedQuery(added).execute(Tuple.of(surveyId, workspaceId))
                        .map(inserted -> updated + inserted.rowCount()));
    }

    /** Merges the staged attributes into respondents that already had others. */
    private Uni<Void> mergeAttributes(SqlClient connection, String workspaceId) {
        return connection.preparedQuery("UPDATE respondent r SET attributes = r.attributes || s.attributes "
                + "FROM response_staging s WHERE r.workspace_id = $1 AND r.external_id = s.external_id "
                + "AND s.attributes IS NOT NULL AND NOT r.attributes @> s.attributes")
                .execute(Tuple.of(workspaceId)).replaceWithVoid();
    }

    public Uni<Integer> delete(UUID surveyId, String workspaceId, List<String> externalIds) {
        return pool.preparedQuery("DELETE FROM response s USING respondent r WHERE s.survey_id = $1 "
                + "AND r.id = s.respondent_id AND r.workspace_id = $2 AND r.external_id = ANY($3::text[])")
                .execute(Tuple.of(surveyId, workspaceId, externalIds.toArray(String[]::new)))
                .map(result -> result.rowCount());
    }

    public Uni<Integer> count(UUID surveyId) {
        return pool.preparedQuery("SELECT count(*) FROM response WHERE survey_id = $1")
                .execute(Tuple.of(surveyId)).map(rows -> Math.toIntExact(rows.iterator().next().getLong(0)));
    }

    /** A stored response with its internal key, for keyset paging. */
    public record StoredResponse(long key, String respondentId, Double[] answers, JsonObject textAnswers,
            java.time.OffsetDateTime submittedAt) {
    }

    /** Up to {@code limit} responses with internal key greater than {@code afterKey}, in key order. */
    public Uni<List<StoredResponse>> page(UUID surveyId, long afterKey, int limit) {
        return pool.preparedQuery("SELECT s.respondent_id, r.external_id, s.answers, s.text_answers, s.submitted_at "
                + "FROM response s JOIN respondent r ON r.id = s.respondent_id "
                + "WHERE s.survey_id = $1 AND s.respondent_id > $2 ORDER BY s.respondent_id LIMIT $3")
                .execute(Tuple.of(surveyId, afterKey, limit)).map(rows -> {
                    List<StoredResponse> page = new ArrayList<>(limit);
                    for (Row row : rows) {
                        page.add(new StoredResponse(row.getLong(0), row.getString(1),
                                row.getArrayOfDoubles(2), (JsonObject) row.getValue(3), row.getOffsetDateTime(4)));
                    }
                    return page;
                });
    }
}
