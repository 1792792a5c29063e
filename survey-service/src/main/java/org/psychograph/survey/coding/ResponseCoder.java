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
    public record Problem(long row, String column, String value, String reason) {}

    public static final int MAX_RESPONDENT_ID_LENGTH = 200;

    private final QuestionSet questions;
    private final MissingCodes missing;
    private final int maxTextLength;
    private final int maxAttributes;

    /**
     * @param missing values that mean "not answered" (import option)
     * @param maxTextLength the longest free-text answer, attribute value or cell accepted
     * @param maxAttributes attributes one respondent may be given at once
     */
    public ResponseCoder(QuestionSet questions, MissingCodes missing, int maxTextLength, int maxAttributes) {
        this.questions = questions;
        this.missing = missing;
        this.maxTextLength = maxTextLength;
        this.maxAttributes = maxAttributes;
    }

    public QuestionSet questions() {
        return questions;
    }

    /** A value as an error shows it: control characters made visible, so the reason can be seen in it. */
    static String shown(String value) {
        if (value == null) {
            return null;
        }
        String cut = value.length() > 80 ? value.substring(0, 77) + "..." : value;
        StringBuilder visible = new StringBuilder(cut.length());
        for (int i = 0; i < cut.length(); i++) {
            char c = cut.charAt(i);
            boolean pair =
                    Character.isHighSurrogate(c) && i + 1 < cut.length() && Character.isLowSurrogate(cut.charAt(i + 1));
            if (pair) {
                visible.append(c).append(cut.charAt(++i));
            } else {
                visible.append(c == '\0' || Character.isSurrogate(c) ? '\uFFFD' : c);
            }
        }
        return visible.toString();
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
        private final boolean[] answered = new boolean[questions.size()];
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
            if (!firstAnswer(position, column, raw, problems) || !storable(column, raw, problems)) {
                return;
            }
            if (missing.isMissing(code, raw)) {
                return;
            }
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
            if (position < 0 || !firstAnswer(position, code, null, problems)) {
                return;
            }
            for (String option : selected) {
                if (!storable(code, option, problems)) {
                    return;
                }
            }
            try {
                answers[position] = questions.coder(position).codeSelection(selected);
            } catch (AnswerRejected e) {
                fail(
                        problems,
                        new Problem(
                                rowNumber, code, String.join(AnswerCoder.MULTI_SEPARATOR, selected), e.getMessage()));
            }
        }

        private int position(String code, String raw, Consumer<Problem> problems) {
            int position = questions.position(code);
            if (position < 0) {
                fail(problems, new Problem(rowNumber, code, raw, "unknown question code"));
            }
            return position;
        }

        /** A question answered twice in one row would silently keep one of the answers. */
        private boolean firstAnswer(int position, String column, String raw, Consumer<Problem> problems) {
            if (answered[position]) {
                fail(
                        problems,
                        new Problem(
                                rowNumber,
                                column,
                                raw,
                                "question " + questions.get(position).code + " is answered twice in this response"));
                return false;
            }
            answered[position] = true;
            return true;
        }

        private boolean storable(String column, String value, Consumer<Problem> problems) {
            String problem = StoredText.problem(value);
            if (problem == null && value != null && value.length() > maxTextLength) {
                problem = "longer than " + maxTextLength + " characters";
            }
            if (problem != null) {
                fail(problems, new Problem(rowNumber, column, shown(value), problem));
                return false;
            }
            return true;
        }

        public void fail(Consumer<Problem> problems, Problem problem) {
            failed = true;
            problems.accept(problem);
        }

        public CodedResponse finish(
                String respondentId, String idColumn, Map<String, String> attributes, Consumer<Problem> problems) {
            if (respondentId == null || respondentId.isBlank()) {
                fail(problems, new Problem(rowNumber, idColumn, respondentId, "missing respondent id"));
            } else if (respondentId.length() > MAX_RESPONDENT_ID_LENGTH) {
                fail(
                        problems,
                        new Problem(
                                rowNumber,
                                idColumn,
                                respondentId.substring(0, 40) + "...",
                                "respondent id longer than " + MAX_RESPONDENT_ID_LENGTH + " characters"));
            } else if (StoredText.problem(respondentId) != null) {
                fail(
                        problems,
                        new Problem(
                                rowNumber,
                                idColumn,
                                shown(respondentId),
                                "respondent id " + StoredText.problem(respondentId)));
            }
            if (attributes.size() > maxAttributes) {
                fail(
                        problems,
                        new Problem(
                                rowNumber,
                                "attributes",
                                null,
                                attributes.size() + " attributes; at most " + maxAttributes + " per respondent"));
            }
            for (Map.Entry<String, String> attribute : attributes.entrySet()) {
                String name = attribute.getKey();
                String problem = StoredText.problem(name);
                if (problem != null || name.isBlank() || name.length() > MAX_RESPONDENT_ID_LENGTH) {
                    fail(
                            problems,
                            new Problem(
                                    rowNumber,
                                    "attributes",
                                    shown(name),
                                    problem != null
                                            ? "attribute name " + problem
                                            : "attribute names have 1 to " + MAX_RESPONDENT_ID_LENGTH + " characters"));
                } else {
                    storable("attributes." + name, attribute.getValue(), problems);
                }
            }
            return failed ? null : new CodedResponse(rowNumber, respondentId.strip(), answers, texts, attributes);
        }
    }
}
