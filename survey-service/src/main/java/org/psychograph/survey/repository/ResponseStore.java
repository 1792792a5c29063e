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
 * Responses (and respondent attributes) in plain SQL over the reactive client. Responses are bulk data
 * (one array per row, written by the hundred thousand), where Panache's entity-per-row model costs 3x-25x
 * the time of set-based SQL (measured, see docs/benchmarks.md).
 *
 * <p>Writes to a survey are serialised (a transaction-scoped advisory lock per survey) and go through a
 * per-transaction staging table, then one merge: the same path for GraphQL submissions and bulk imports, so
 * duplicates and idempotence are handled once. A response is keyed by the survey and the respondent's
 * external id (ADR 0007), so a first import writes one table and needs no lookups.
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
        return lockForWrite(connection, surveyId).call(() -> createStaging(connection));
    }

    /**
     * Waits for any other write to the same survey to commit (the lock is held until this transaction ends)
     * and answers whether the survey already has responses: under the lock, that answer stays true.
     */
    public Uni<Boolean> lockForWrite(SqlConnection connection, UUID surveyId) {
        return connection
                .preparedQuery("SELECT pg_advisory_xact_lock(hashtextextended($1, 0))")
                .execute(Tuple.of("responses:" + surveyId))
                // the joins and the duplicate check of a large write hash hundreds of MB; the default
                // work_mem (4 MB) sends them to disk
                .chain(() -> connection
                        .query("SET LOCAL work_mem = '" + MERGE_WORK_MEM + "'")
                        .execute())
                .chain(() -> connection
                        .preparedQuery("SELECT EXISTS (SELECT 1 FROM response WHERE survey_id = $1)")
                        .execute(Tuple.of(surveyId)))
                .map(rows -> rows.iterator().next().getBoolean(0));
    }

    /** Creates this transaction's staging table (dropped at commit or rollback). */
    public Uni<Void> createStaging(SqlConnection connection) {
        return connection
                .query("CREATE TEMP TABLE response_staging (row_no bigint, external_id text, "
                        + "answers double precision[], text_answers jsonb, attributes jsonb) ON COMMIT DROP")
                .execute()
                .replaceWithVoid();
    }

    /**
     * Writes a batch of new responses straight into a survey that had none when the write began (the first
     * import of a file): one plain INSERT per batch, no staging. The caller guarantees that no respondent in
     * the batch is stored yet ({@link #sourceRows}); a repeat would fail the statement, and so the whole write.
     * Row numbers are kept as each response's source row. Attributes go to the respondent rows.
     */
    public Uni<Integer> insertNew(SqlClient connection, String workspaceId, UUID surveyId, NewResponses responses) {
        BatchColumns columns = responses.columns();
        if (columns == null) {
            return Uni.createFrom().item(0);
        }
        // array_replace (NaN back to NULL) allocates a new array per row: only where answers are missing
        String answers = columns.anyMissing()
                ? "array_replace(($3::float8[])[(i - 1) * $6 + 1 : i * $6], 'NaN'::float8, NULL)"
                : "($3::float8[])[(i - 1) * $6 + 1 : i * $6]";
        Uni<Integer> inserted = connection
                .preparedQuery("INSERT INTO response "
                        + "(survey_id, respondent_id, source_row, answers, text_answers, submitted_at) "
                        + "SELECT $5, e, r, " + answers + ", t::jsonb, now() "
                        + "FROM unnest($1::bigint[], $2::text[], $4::text[]) WITH ORDINALITY AS u(r, e, t, i)")
                .execute(Tuple.from(new Object[] {
                    columns.rows(), columns.ids(), columns.answers(), columns.texts(), surveyId, columns.width()
                }))
                .map(result -> result.rowCount());
        if (!columns.anyAttributes()) {
            return inserted;
        }
        return inserted.call(() -> connection
                .preparedQuery("INSERT INTO respondent AS r "
                        + "(workspace_id, external_id, attributes) "
                        + "SELECT $1, e, x::jsonb FROM unnest($2::text[], $3::text[]) AS u(e, x) WHERE x IS NOT NULL "
                        + "ON CONFLICT (workspace_id, external_id) DO UPDATE SET attributes = r.attributes || excluded.attributes "
                        + "WHERE NOT r.attributes @> excluded.attributes")
                .execute(Tuple.of(workspaceId, columns.ids(), columns.attributes())));
    }

    /** A batch for {@link #insertNew}, turned into statement parameters (CPU work, no I/O). */
    public NewResponses prepareNew(List<CodedResponse> batch) {
        return new NewResponses(batch.isEmpty() ? null : BatchColumns.of(batch));
    }

    /** A batch of new responses as the parameters of {@link #insertNew}. */
    public record NewResponses(BatchColumns columns) {}

    /** The source row (row of the file that wrote it) of each of these respondents already in the survey. */
    public Uni<Map<String, Long>> sourceRows(SqlClient connection, UUID surveyId, List<String> respondentIds) {
        if (respondentIds.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return connection
                .preparedQuery("SELECT respondent_id, source_row FROM response WHERE survey_id = $1 "
                        + "AND respondent_id = ANY($2::text[])")
                .execute(Tuple.of(surveyId, respondentIds.toArray(String[]::new)))
                .map(rows -> {
                    Map<String, Long> found = new java.util.HashMap<>();
                    for (Row row : rows) {
                        found.put(row.getString(0), row.getLong(1));
                    }
                    return found;
                });
    }

    /**
     * Stages a batch with one statement. Row numbers (of the file, or positions in a submission) are kept as
     * each response's source row. The answers travel as ONE flat binary float8 array (row after
     * row), sliced per row by the server: cheaper than one text array literal per row to format and parse.
     * Missing answers travel as NaN, which the coder never lets through as an answer, and become NULL again
     * per row: with NULL elements in the flat array PostgreSQL walks its null bitmap from the start for every
     * slice, which made a 50,000-row file with 2% unanswered items take 41 s instead of half a second.
     */
    public Uni<Void> stage(SqlClient connection, List<CodedResponse> batch) {
        if (batch.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return connection
                .preparedQuery(
                        "INSERT INTO response_staging "
                                + "SELECT r, e, array_replace(($3::float8[])[(i - 1) * $6 + 1 : i * $6], 'NaN'::float8, NULL), "
                                + "t::jsonb, x::jsonb "
                                + "FROM unnest($1::bigint[], $2::text[], $4::text[], $5::text[]) WITH ORDINALITY AS u(r, e, t, x, i)")
                .execute(BatchColumns.of(batch).stagingTuple())
                .replaceWithVoid();
    }

    /** A batch as column arrays: row numbers, ids, answers (flat, row after row), texts, attributes. */
    record BatchColumns(
            Long[] rows,
            String[] ids,
            Double[] answers,
            String[] texts,
            String[] attributes,
            int width,
            boolean anyAttributes,
            boolean anyMissing) {

        /** A missing answer in transit (see {@link #stage}). */
        private static final Double MISSING = Double.NaN;

        static BatchColumns of(List<CodedResponse> batch) {
            int width = batch.get(0).answers().length;
            Long[] rows = new Long[batch.size()];
            String[] ids = new String[batch.size()];
            Double[] answers = new Double[batch.size() * width];
            String[] texts = new String[batch.size()];
            String[] attributes = new String[batch.size()];
            boolean anyAttributes = false;
            boolean anyMissing = false;
            for (int i = 0; i < batch.size(); i++) {
                CodedResponse r = batch.get(i);
                rows[i] = r.rowNumber();
                ids[i] = r.respondentId();
                Double[] row = r.answers();
                for (int q = 0; q < width; q++) {
                    Double answer = row[q];
                    if (answer == null) {
                        answer = MISSING;
                        anyMissing = true;
                    }
                    answers[i * width + q] = answer;
                }
                texts[i] = r.textAnswers().isEmpty() ? null : new JsonObject(Map.copyOf(r.textAnswers())).encode();
                if (r.attributes() != null && !r.attributes().isEmpty()) {
                    attributes[i] = new JsonObject(Map.copyOf(r.attributes())).encode();
                    anyAttributes = true;
                }
            }
            return new BatchColumns(rows, ids, answers, texts, attributes, width, anyAttributes, anyMissing);
        }

        /** $1 rows, $2 ids, $3 flat answers, $4 texts, $5 attributes, $6 width: what the staging statement unnests. */
        Tuple stagingTuple() {
            return Tuple.from(new Object[] {rows, ids, answers, texts, attributes, width});
        }
    }

    /**
     * Respondent ids staged more than once: (id, first row, repeated row), at most {@code limit}. Groups by
     * hashing first and orders only the few repeated ids.
     */
    public Uni<List<long[]>> stagedDuplicates(SqlClient connection, int limit, List<String> idsOut) {
        return connection
                .preparedQuery("SELECT external_id, min(row_no) AS first_row, "
                        + "(array_agg(row_no ORDER BY row_no))[2] AS again FROM response_staging "
                        + "WHERE external_id IN (SELECT external_id FROM response_staging GROUP BY external_id "
                        + "HAVING count(*) > 1) GROUP BY external_id ORDER BY again LIMIT $1")
                .execute(Tuple.of(limit))
                .map(rows -> {
                    List<long[]> result = new ArrayList<>();
                    for (Row row : rows) {
                        idsOut.add(row.getString("external_id"));
                        result.add(new long[] {row.getLong("first_row"), row.getLong("again")});
                    }
                    return result;
                });
    }

    /**
     * Merges the staged responses into the survey: inserts new ones, replaces changed ones, leaves identical ones
     * alone, and merges the staged respondent attributes. Answers the responses written. The staged rows must
     * not repeat a respondent ({@link #stagedDuplicates}; submissions are checked while coding): an UPDATE from
     * repeated rows would pick one of them silently. {@code hadResponses} comes from {@link #beginWrite}: into a
     * survey without responses there is nothing to replace, and one INSERT does.
     */
    public Uni<Integer> mergeStaged(
            SqlClient connection, String workspaceId, UUID surveyId, boolean anyAttributes, boolean hadResponses) {
        Uni<Integer> responses = hadResponses ? replaceAndAdd(connection, surveyId) : firstWrite(connection, surveyId);
        return anyAttributes ? responses.call(() -> mergeAttributes(connection, workspaceId)) : responses;
    }

    private Uni<Integer> firstWrite(SqlClient connection, UUID surveyId) {
        return connection
                .preparedQuery("INSERT INTO response "
                        + "(survey_id, respondent_id, source_row, answers, text_answers, submitted_at) "
                        + "SELECT $1, external_id, row_no, answers, text_answers, now() FROM response_staging")
                .execute(Tuple.of(surveyId))
                .map(inserted -> inserted.rowCount());
    }

    private Uni<Integer> replaceAndAdd(SqlClient connection, UUID surveyId) {
        String changed = "UPDATE response p SET answers = s.answers, text_answers = s.text_answers, "
                + "submitted_at = now() FROM response_staging s "
                + "WHERE p.survey_id = $1 AND p.respondent_id = s.external_id "
                + "AND (p.answers IS DISTINCT FROM s.answers OR p.text_answers IS DISTINCT FROM s.text_answers)";
        String added =
                "INSERT INTO response (survey_id, respondent_id, source_row, answers, text_answers, submitted_at) "
                        + "SELECT $1, s.external_id, "
                        + "s.row_no, "
                        + "s.answers, s.text_answers, now() FROM response_staging s "
                        + "WHERE NOT EXISTS (SELECT 1 FROM response p WHERE p.survey_id = $1 AND p.respondent_id = s.external_id)";
        // a temporary table has no statistics: without them the planner picks row-by-row index lookups
        // for a join of hundreds of thousands of rows
        return connection
                .query("ANALYZE response_staging")
                .execute()
                .chain(() -> connection.preparedQuery(changed).execute(Tuple.of(surveyId)))
                .chain(updated -> connection
                        .preparedQuery(added)
                        .execute(Tuple.of(surveyId))
                        .map(inserted -> updated.rowCount() + inserted.rowCount()));
    }

    /** Merges the staged attributes into the respondents' (a respondent row exists only once it has some). */
    private Uni<Void> mergeAttributes(SqlClient connection, String workspaceId) {
        return connection
                .preparedQuery("INSERT INTO respondent AS r (workspace_id, external_id, attributes) "
                        + "SELECT $1, external_id, attributes FROM response_staging WHERE attributes IS NOT NULL "
                        + "ON CONFLICT (workspace_id, external_id) DO UPDATE SET attributes = r.attributes || excluded.attributes "
                        + "WHERE NOT r.attributes @> excluded.attributes")
                .execute(Tuple.of(workspaceId))
                .replaceWithVoid();
    }

    public Uni<Integer> delete(UUID surveyId, List<String> respondentIds) {
        return pool.preparedQuery("DELETE FROM response WHERE survey_id = $1 AND respondent_id = ANY($2::text[])")
                .execute(Tuple.of(surveyId, respondentIds.toArray(String[]::new)))
                .map(result -> result.rowCount());
    }

    public Uni<Integer> count(UUID surveyId) {
        return pool.preparedQuery("SELECT count(*) FROM response WHERE survey_id = $1")
                .execute(Tuple.of(surveyId))
                .map(rows -> Math.toIntExact(rows.iterator().next().getLong(0)));
    }

    /** A stored response; its respondent id is the key for keyset paging. */
    public record StoredResponse(
            String respondentId, Double[] answers, JsonObject textAnswers, java.time.OffsetDateTime submittedAt) {}

    /**
     * Up to {@code limit} responses of respondents after {@code afterRespondent} (null: from the first), in
     * respondent id order (byte order): the same respondents give the same pages whatever order they came in.
     */
    public Uni<List<StoredResponse>> page(UUID surveyId, String afterRespondent, int limit) {
        // every stored id is non-empty, so "" is before the first one
        return pool.preparedQuery("SELECT respondent_id, answers, text_answers, submitted_at FROM response "
                        + "WHERE survey_id = $1 AND respondent_id > $2 ORDER BY respondent_id LIMIT $3")
                .execute(Tuple.of(surveyId, afterRespondent == null ? "" : afterRespondent, limit))
                .map(rows -> {
                    List<StoredResponse> page = new ArrayList<>(limit);
                    for (Row row : rows) {
                        page.add(new StoredResponse(
                                row.getString(0),
                                row.getArrayOfDoubles(1),
                                (JsonObject) row.getValue(2),
                                row.getOffsetDateTime(3)));
                    }
                    return page;
                });
    }
}
