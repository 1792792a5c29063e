package org.psychograph.survey.coding;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Codes one respondent's raw answers against a survey's questions, reporting every problem (with the
 * question code as the column) to a sink instead of stopping at the first, so imports can list them.
 */
public final class ResponseCoder {

    /** A problem with one value of one row. */
    public record Problem(long row, String column, String value, String reason) {
    }

    public static final int MAX_RESPONDENT_ID_LENGTH = 200;

    private final QuestionSet questions;

    public ResponseCoder(QuestionSet questions) {
        this.questions = questions;
    }

    public QuestionSet questions() {
        return questions;
    }

    /** A fresh builder for one row. */
    public Row row(long rowNumber) {
        return new Row(rowNumber);
    }

    /** Collects one row's answers; {@link #finish} gives the coded response or null when a problem was reported. */
    public final class Row {
        private final long rowNumber;
        private final Double[] answers = new Double[questions.size()];
        private final Map<String, String> texts = new LinkedHashMap<>();
        private boolean failed;

        private Row(long rowNumber) {
            this.rowNumber = rowNumber;
        }

        public void answer(String code, String raw, Consumer<Problem> problems) {
            int position = position(code, raw, problems);
            if (position >= 0) {
                answerAt(position, code, raw, problems);
            }
        }

        /** As {@link #answer} when the caller already knows the question's position (a CSV column). */
        public void answerAt(int position, String column, String raw, Consumer<Problem> problems) {
            String code = questions.get(position).code;
            if (questions.isText(position)) {
                if (raw != null && !raw.isBlank()) {
                    texts.put(code, raw);
                }
                return;
            }
            try {
                answers[position] = questions.coder(position).code(raw);
            } catch (AnswerRejected e) {
                fail(problems, new Problem(rowNumber, column, raw, e.getMessage()));
            }
        }

        public void answerSelection(String code, List<String> selected, Consumer<Problem> problems) {
            int position = position(code, String.join(AnswerCoder.MULTI_SEPARATOR, selected), problems);
            if (position < 0) {
                return;
            }
            try {
                answers[position] = questions.coder(position).codeSelection(selected);
            } catch (AnswerRejected e) {
                fail(problems, new Problem(rowNumber, code, String.join(AnswerCoder.MULTI_SEPARATOR, selected),
                        e.getMessage()));
            }
        }

        private int position(String code, String raw, Consumer<Problem> problems) {
            int position = questions.position(code);
            if (position < 0) {
                fail(problems, new Problem(rowNumber, code, raw, "unknown question code"));
            }
            return position;
        }

        public void fail(Consumer<Problem> problems, Problem problem) {
            failed = true;
            problems.accept(problem);
        }

        public CodedResponse finish(String respondentId, String idColumn, Map<String, String> attributes,
                Consumer<Problem> problems) {
            if (respondentId == null || respondentId.isBlank()) {
                fail(problems, new Problem(rowNumber, idColumn, respondentId, "missing respondent id"));
            } else if (respondentId.length() > MAX_RESPONDENT_ID_LENGTH) {
                fail(problems, new Problem(rowNumber, idColumn, respondentId.substring(0, 40) + "...",
                        "respondent id longer than " + MAX_RESPONDENT_ID_LENGTH + " characters"));
            }
            return failed ? null : new CodedResponse(rowNumber, respondentId.strip(), answers, texts, attributes);
        }
    }
}
