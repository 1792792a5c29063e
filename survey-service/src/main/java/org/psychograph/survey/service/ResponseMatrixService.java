package org.psychograph.survey.service;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.psychograph.survey.coding.QuestionSet;
import org.psychograph.survey.config.InputLimits;
import org.psychograph.survey.error.ValidationException;
import org.psychograph.survey.model.Question;
import org.psychograph.survey.model.QuestionType;
import org.psychograph.survey.repository.ResponseStore;
import org.psychograph.survey.repository.ResponseStore.StoredResponse;
import org.psychograph.survey.security.Caller;

/** The numeric response matrix that analysis clients (segmentation-service) read page by page. */
@ApplicationScoped
public class ResponseMatrixService {

    static final int MAX_PAGE = 10_000;

    private final ResponseService responses;
    private final ResponseStore store;
    private final Caller caller;
    private final InputLimits limits;

    public ResponseMatrixService(ResponseService responses, ResponseStore store, Caller caller, InputLimits limits) {
        this.responses = responses;
        this.store = store;
        this.caller = caller;
        this.limits = limits;
    }

    /** One requested column: the answer's position, and for a MULTI_CHOICE option column, its bit. */
    record Column(String name, int position, long optionBit) {

        Double value(Double[] answers) {
            Double v = position < answers.length ? answers[position] : null;
            if (v == null || optionBit == 0) {
                return v;
            }
            return (v.longValue() & optionBit) != 0 ? 1.0 : 0.0;
        }
    }

    public Uni<ResponseMatrix> matrix(String surveyId, List<String> questionCodes, Integer first, String after) {
        caller.requireReader();
        int size = Cursors.pageSize(first, 1000, MAX_PAGE);
        checkColumns(questionCodes, limits.matrixColumns());
        String afterRespondent = after == null ? null : Cursors.decode(after, "after");
        return responses.surveyWithQuestions(surveyId).chain(sq -> {
            List<Column> columns = columns(sq.questions(), questionCodes);
            return store.page(sq.survey().id, afterRespondent, size + 1)
                    .chain(page -> store.count(sq.survey().id).map(total -> page(columns, page, size, total)));
        });
    }

    private static ResponseMatrix page(List<Column> columns, List<StoredResponse> fetched, int size, int total) {
        Page<ResponseMatrix.Row> rows = Page.of(fetched, size, total).map(r -> {
            Double[] values = new Double[columns.size()];
            for (int c = 0; c < columns.size(); c++) {
                values[c] = columns.get(c).value(r.answers());
            }
            return new ResponseMatrix.Row(r.respondentId(), Arrays.asList(values));
        });
        return new ResponseMatrix(columns.stream().map(Column::name).toList(), rows);
    }

    /**
     * A page costs rows x columns cells in memory: the columns are bounded, and a column asked for twice (which
     * only multiplies that cost) is refused. Checked before the survey is read.
     */
    static void checkColumns(List<String> codes, int max) {
        if (codes == null) {
            return;
        }
        if (codes.size() > max) {
            throw new ValidationException(
                    "questionCodes",
                    codes.size() + " question codes; at most " + max + " per page (psychograph.limits.matrix-columns)");
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < codes.size(); i++) {
            if (!seen.add(codes.get(i))) {
                throw new ValidationException("questionCodes[" + i + "]", "'" + codes.get(i) + "' is asked for twice");
            }
        }
    }

    static List<Column> columns(QuestionSet questions, List<String> codes) {
        List<Column> columns = new ArrayList<>();
        if (codes == null || codes.isEmpty()) {
            for (int p = 0; p < questions.size(); p++) {
                if (!questions.isText(p)) {
                    columns.add(new Column(questions.get(p).code, p, 0));
                }
            }
            return columns;
        }
        for (int i = 0; i < codes.size(); i++) {
            columns.add(column(questions, codes.get(i), "questionCodes[" + i + "]"));
        }
        return columns;
    }

    private static Column column(QuestionSet questions, String name, String field) {
        int colon = name.indexOf(':');
        String code = colon < 0 ? name : name.substring(0, colon);
        int position = questions.position(code);
        if (position < 0) {
            throw new ValidationException(field, "unknown question code '" + code + "'");
        }
        Question q = questions.get(position);
        if (q.type == QuestionType.TEXT) {
            throw new ValidationException(field, "TEXT question '" + code + "' has no numeric values");
        }
        if (colon < 0) {
            return new Column(name, position, 0);
        }
        if (q.type != QuestionType.MULTI_CHOICE) {
            throw new ValidationException(field, "'code:option' columns exist only for MULTI_CHOICE questions");
        }
        int option = q.options.indexOf(name.substring(colon + 1));
        if (option < 0) {
            throw new ValidationException(field, "unknown option '" + name.substring(colon + 1) + "' of " + code);
        }
        return new Column(name, position, 1L << option);
    }
}
