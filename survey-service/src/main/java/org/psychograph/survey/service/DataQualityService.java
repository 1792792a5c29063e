package org.psychograph.survey.service;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import org.psychograph.survey.coding.QuestionSet;
import org.psychograph.survey.model.Question;
import org.psychograph.survey.model.QuestionRole;
import org.psychograph.survey.model.QuestionType;
import org.psychograph.survey.repository.DataQualityQueries;
import org.psychograph.survey.repository.ResponseStore;
import org.psychograph.survey.security.Caller;
import org.psychograph.survey.service.DataQuality.QuestionQuality;

/** Reports missing answers, out-of-range values, straight-liners and duplicate responses. */
@ApplicationScoped
public class DataQualityService {

    static final int STRAIGHT_LINER_SAMPLE = 100;

    private final ResponseService responses;
    private final ResponseStore store;
    private final DataQualityQueries queries;
    private final Caller caller;

    public DataQualityService(
            ResponseService responses, ResponseStore store, DataQualityQueries queries, Caller caller) {
        this.responses = responses;
        this.store = store;
        this.queries = queries;
        this.caller = caller;
    }

    public Uni<DataQuality> report(String surveyId) {
        caller.requireReader();
        return responses.surveyWithQuestions(surveyId).chain(sq -> {
            QuestionSet qs = sq.questions();
            var id = sq.survey().id;
            Double[] low = new Double[qs.size()];
            Double[] high = new Double[qs.size()];
            List<Integer> likertBasis = new ArrayList<>();
            for (int p = 0; p < qs.size(); p++) {
                Question q = qs.get(p);
                if (q.type == QuestionType.LIKERT) {
                    low[p] = q.scaleMin.doubleValue();
                    high[p] = q.scaleMax.doubleValue();
                    if (q.role == QuestionRole.BASIS) {
                        likertBasis.add(p + 1);
                    }
                } else if (q.type == QuestionType.NUMERIC) {
                    low[p] = q.numericMin;
                    high[p] = q.numericMax;
                } else if (q.type == QuestionType.BINARY) {
                    low[p] = 0.0;
                    high[p] = 1.0;
                }
            }
            Integer[] positions = likertBasis.toArray(Integer[]::new);
            return store.count(id)
                    .chain(total -> queries.missingAndOutOfRange(id, low, high)
                            .chain(perPosition -> perQuestion(id, qs, total, perPosition))
                            .chain(perQuestion -> queries.straightLinerCount(id, positions)
                                    .chain(slCount -> queries.straightLiners(id, positions, STRAIGHT_LINER_SAMPLE)
                                            .chain(slIds -> queries.duplicates(id)
                                                    .map(dup -> new DataQuality(
                                                            total,
                                                            perQuestion,
                                                            Math.toIntExact(slCount),
                                                            slIds,
                                                            (int) dup[1],
                                                            (int) dup[0]))))));
        });
    }

    private Uni<List<QuestionQuality>> perQuestion(
            java.util.UUID surveyId, QuestionSet qs, int total, List<long[]> perPosition) {
        long[] missing = new long[qs.size()];
        long[] outOfRange = new long[qs.size()];
        for (long[] row : perPosition) {
            int p = (int) row[0] - 1;
            if (p < qs.size()) {
                missing[p] = row[1];
                outOfRange[p] = row[2];
            }
        }
        Uni<List<QuestionQuality>> result = Uni.createFrom().item(new ArrayList<>());
        for (int p = 0; p < qs.size(); p++) {
            int position = p;
            String code = qs.get(p).code;
            Uni<Long> missingCount = qs.isText(p)
                    ? queries.missingText(surveyId, code)
                    : Uni.createFrom().item(missing[p]);
            result = result.chain(list -> missingCount.map(m -> {
                list.add(new QuestionQuality(
                        code, Math.toIntExact(m), total == 0 ? 0.0 : (double) m / total, (int) outOfRange[position]));
                return list;
            }));
        }
        return result;
    }
}
