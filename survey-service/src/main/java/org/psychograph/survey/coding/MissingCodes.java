package org.psychograph.survey.coding;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.psychograph.survey.model.Question;

/**
 * User-missing values, as SPSS calls them: codes a file uses for "not answered" (0, -99, 9 for "don't know"...),
 * per question or for every question ({@link #ANY_QUESTION}). A cell holding one of them is stored as not answered
 * instead of being refused as off the scale. A numeric code also matches the same number written otherwise
 * ("-99.0" for -99).
 */
public final class MissingCodes {

    /** The question code that stands for every question. */
    public static final String ANY_QUESTION = "*";

    public static final MissingCodes NONE = new MissingCodes(Map.of());

    private final Map<String, Set<String>> given;
    private final Map<String, Set<String>> texts = new HashMap<>();
    private final Map<String, Set<Double>> numbers = new HashMap<>();

    /** @param codes question code (or {@link #ANY_QUESTION}) to the values that mean "not answered" */
    public MissingCodes(Map<String, Set<String>> codes) {
        this.given = Map.copyOf(codes);
        codes.forEach((question, values) -> {
            for (String value : values) {
                String v = value.strip();
                texts.computeIfAbsent(question, q -> new HashSet<>()).add(v);
                Double number = number(v);
                if (number != null) {
                    numbers.computeIfAbsent(question, q -> new HashSet<>()).add(number);
                }
            }
        });
    }

    /** The codes set on the questions themselves ({@code Question.missingCodes}), plus these. */
    public MissingCodes withQuestions(QuestionSet questions) {
        Map<String, Set<String>> all = new HashMap<>();
        given.forEach((code, values) -> all.put(code, new HashSet<>(values)));
        for (Question q : questions.questions()) {
            if (q.missingCodes != null && !q.missingCodes.isEmpty()) {
                all.computeIfAbsent(q.code, c -> new HashSet<>()).addAll(q.missingCodes);
            }
        }
        return all.isEmpty() ? NONE : new MissingCodes(all);
    }

    /** The question codes given (and {@link #ANY_QUESTION} if given). */
    public Set<String> questionCodes() {
        return Set.copyOf(texts.keySet());
    }

    public boolean isEmpty() {
        return texts.isEmpty();
    }

    /** Whether this raw value of this question means "not answered". */
    public boolean isMissing(String questionCode, String raw) {
        if (texts.isEmpty() || raw == null) {
            return false;
        }
        String value = raw.strip();
        return matches(questionCode, value) || matches(ANY_QUESTION, value);
    }

    private boolean matches(String question, String value) {
        Set<String> text = texts.get(question);
        if (text == null) {
            return false;
        }
        if (text.contains(value)) {
            return true;
        }
        Set<Double> number = numbers.get(question);
        if (number == null) {
            return false;
        }
        Double parsed = number(value);
        return parsed != null && number.contains(parsed);
    }

    private static Double number(String value) {
        if (!AnswerCoder.PLAIN_NUMBER.matcher(value).matches()) {
            return null;
        }
        double parsed = Double.parseDouble(value);
        return parsed == 0 ? 0.0 : parsed; // -0 and 0 are the same code
    }
}
