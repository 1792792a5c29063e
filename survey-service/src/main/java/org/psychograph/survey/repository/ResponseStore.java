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
 * <p>Every write goes through a per-transaction staging table, then one merge: the same path for
 * GraphQL submissions and bulk imports, so duplicates and idempotence are handled once.
 */
@ApplicationScoped
public class ResponseStore {

    private final Pool pool;

    public ResponseStore(Pool pool) {
        this.pool = pool;
    }

    public Pool pool() {
        return pool;
    }

    /** Creates the staging table of the current transaction (dropped at commit or rollback). */
    public Uni<Void> createStaging(SqlConnection connection) {
        return connection.query("CREATE TEMP TABLE response_staging (row_no bigint, external_id text, "
                + "answers double precision[], text_answers jsonb, attributes jsonb) ON COMMIT DROP")
                .execute().replaceWithVoid();
    }

    /** Stages a batch with one statement (arrays unnested server-side). */
    public Uni<Void> stage(SqlClient connection, List<CodedResponse> batch) {
        if (batch.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        Long[] rows = new Long[batch.size()];
        String[] ids = new String[batch.size()];
        String[] answers = new String[batch.size()];
        String[] texts = new String[batch.size()];
        String[] attributes = new String[batch.size()];
        for (int i = 0; i < batch.size(); i++) {
            CodedResponse r = batch.get(i);
            rows[i] = r.rowNumber();
            ids[i] = r.respondentId();
            answers[i] = arrayLiteral(r.answers());
            texts[i] = r.textAnswers().isEmpty() ? null : new JsonObject(Map.copyOf(r.textAnswers())).encode();
            attributes[i] = r.attributes() == null || r.attributes().isEmpty() ? null
                    : new JsonObject(Map.copyOf(r.attributes())).encode();
        }
        return connection.preparedQuery("INSERT INTO response_staging "
                + "SELECT r, e, a::double precision[], t::jsonb, x::jsonb "
                + "FROM unnest($1::bigint[], $2::text[], $3::text[], $4::text[], $5::text[]) AS u(r, e, a, t, x)")
                .execute(Tuple.of(rows, ids, answers, texts, attributes)).replaceWithVoid();
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
     * Merges the staged responses: creates missing respondents, replaces changed responses, leaves
     * identical ones alone. Returns the number of responses written (inserted or changed).
     */
    public Uni<Integer> mergeStaged(SqlClient connection, String workspaceId, UUID surveyId) {
        String respondents = "INSERT INTO respondent (workspace_id, external_id, attributes) "
                + "SELECT $1, s.external_id, coalesce(s.attributes, '{}'::jsonb) FROM response_staging s "
                + "ON CONFLICT (workspace_id, external_id) DO UPDATE "
                + "SET attributes = respondent.attributes || excluded.attributes "
                + "WHERE NOT respondent.attributes @> excluded.attributes";
        String responses = "INSERT INTO response (survey_id, respondent_id, answers, text_answers, submitted_at) "
                + "SELECT $1, r.id, s.answers, s.text_answers, now() FROM response_staging s "
                + "JOIN respondent r ON r.workspace_id = $2 AND r.external_id = s.external_id "
                + "ON CONFLICT (survey_id, respondent_id) DO UPDATE "
                + "SET answers = excluded.answers, text_answers = excluded.text_answers, submitted_at = now() "
                + "WHERE response.answers IS DISTINCT FROM excluded.answers "
                + "OR response.text_answers IS DISTINCT FROM excluded.text_answers";
        return connection.preparedQuery(respondents).execute(Tuple.of(workspaceId))
                .chain(() -> connection.preparedQuery(responses).execute(Tuple.of(surveyId, workspaceId)))
                .map(result -> result.rowCount());
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

    /** Writes an array as a PostgreSQL array literal: digits only, so no quoting is needed. */
    static String arrayLiteral(Double[] values) {
        StringBuilder literal = new StringBuilder(values.length * 4 + 2).append('{');
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                literal.append(',');
            }
            Double v = values[i];
            if (v == null) {
                literal.append("NULL");
            } else if (v == Math.rint(v) && Math.abs(v) < 1e15) {
                literal.append(v.longValue());
            } else {
                literal.append(v.doubleValue());
            }
        }
        return literal.append('}').toString();
    }
}
