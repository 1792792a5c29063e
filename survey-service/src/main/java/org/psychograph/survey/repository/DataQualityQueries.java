package org.psychograph.survey.repository;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Set-based data-quality checks, computed in the database over the stored answer arrays. */
@ApplicationScoped
public class DataQualityQueries {

    private final Pool pool;

    public DataQualityQueries(Pool pool) {
        this.pool = pool;
    }

    /**
     * Per answer position (1-based, as SQL arrays): missing count and count outside [low, high]
     * (bounds null = unbounded). Positions with no stored answer at all are absent.
     */
    public Uni<List<long[]>> missingAndOutOfRange(UUID surveyId, Double[] low, Double[] high) {
        return pool.preparedQuery("SELECT u.o, count(*) FILTER (WHERE u.v IS NULL), "
                        + "count(*) FILTER (WHERE u.v < ($2::float8[])[u.o] OR u.v > ($3::float8[])[u.o]) "
                        + "FROM response s, unnest(s.answers) WITH ORDINALITY AS u(v, o) "
                        + "WHERE s.survey_id = $1 GROUP BY u.o ORDER BY u.o")
                .execute(Tuple.of(surveyId, low, high))
                .map(rows -> {
                    List<long[]> result = new ArrayList<>();
                    for (Row row : rows) {
                        result.add(new long[] {row.getLong(0), row.getLong(1), row.getLong(2)});
                    }
                    return result;
                });
    }

    /** Missing count of a TEXT question (no text, or blank). */
    public Uni<Long> missingText(UUID surveyId, String code) {
        return pool.preparedQuery("SELECT count(*) FROM response WHERE survey_id = $1 "
                        + "AND coalesce(btrim(text_answers ->> $2), '') = ''")
                .execute(Tuple.of(surveyId, code))
                .map(rows -> rows.iterator().next().getLong(0));
    }

    /** Respondents with at least 3 of the given positions answered, all with the same value. */
    public Uni<List<String>> straightLiners(UUID surveyId, Integer[] positions, int limit) {
        return pool.preparedQuery("SELECT s.respondent_id, count(*) OVER () FROM response s "
                        + "WHERE s.survey_id = $1 AND "
                        + "(SELECT count(s.answers[p]) >= 3 AND min(s.answers[p]) = max(s.answers[p]) "
                        + " FROM unnest($2::int[]) AS p) ORDER BY s.respondent_id LIMIT $3")
                .execute(Tuple.of(surveyId, positions, limit))
                .map(rows -> {
                    List<String> ids = new ArrayList<>();
                    for (Row row : rows) {
                        ids.add(row.getString(0));
                    }
                    return ids;
                });
    }

    public Uni<Long> straightLinerCount(UUID surveyId, Integer[] positions) {
        return pool.preparedQuery("SELECT count(*) FROM response s WHERE s.survey_id = $1 AND "
                        + "(SELECT count(s.answers[p]) >= 3 AND min(s.answers[p]) = max(s.answers[p]) "
                        + " FROM unnest($2::int[]) AS p)")
                .execute(Tuple.of(surveyId, positions))
                .map(rows -> rows.iterator().next().getLong(0));
    }

    /** {groups of identical responses, responses in such groups}. */
    public Uni<long[]> duplicates(UUID surveyId) {
        return pool.preparedQuery("SELECT count(*), coalesce(sum(c), 0) FROM (SELECT count(*) AS c FROM response "
                        + "WHERE survey_id = $1 GROUP BY answers, text_answers::text HAVING count(*) > 1) d")
                .execute(Tuple.of(surveyId))
                .map(rows -> {
                    Row row = rows.iterator().next();
                    return new long[] {row.getLong(0), row.getLong(1)};
                });
    }
}
