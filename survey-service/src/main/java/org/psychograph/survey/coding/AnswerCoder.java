package org.psychograph.survey.coding;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.psychograph.survey.model.Question;
import org.psychograph.survey.model.QuestionType;

/**
 * Turns one raw answer (as text, the way CSV, NDJSON and GraphQL deliver it) into the number stored
 * and served in the response matrix. The coding is documented in docs/response-coding.md:
 * LIKERT the scale value (a label in {@code options} stands for its scale point), BINARY 1/0,
 * SINGLE_CHOICE the option's 1-based position, MULTI_CHOICE a bit mask (option i sets bit i-1),
 * NUMERIC the number. Blank means missing (null). TEXT is not coded.
 */
public final class AnswerCoder {

    /** Separator of the selected options of a MULTI_CHOICE answer inside one CSV cell. */
    public static final String MULTI_SEPARATOR = ";";

    /**
     * The largest NUMERIC answer (in size) accepted: answers feed means, variances and distances, where a value
     * near the limits of a double (1e308) overflows to infinity and poisons every statistic computed from it.
     * 10^12 covers money, counts and durations with room to spare.
     */
    public static final double MAX_MAGNITUDE = 1e12;

    /** A decimal number as people and exports write it; not Java's extras (hex floats, "1f", "NaN", "Infinity"). */
    static final Pattern PLAIN_NUMBER = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d{1,4})?");

    private final Question question;

    public AnswerCoder(Question question) {
        this.question = question;
    }

    public Question question() {
        return question;
    }

    /** The coded value, or null for a missing answer. */
    public Double code(String raw) throws AnswerRejected {
        if (raw == null || raw.isEmpty()) {
            return null;
        }
        String value = raw.strip();
        if (value.isEmpty()) {
            return null;
        }
        return boxed(
                switch (question.type) {
                    case LIKERT -> likert(value);
                    case BINARY -> binary(value);
                    case SINGLE_CHOICE -> (double) optionPosition(value);
                    case MULTI_CHOICE -> multi(List.of(value.split(MULTI_SEPARATOR)));
                    case NUMERIC -> numeric(value);
                    case TEXT -> throw new AnswerRejected("a TEXT question has no numeric code");
                });
    }

    /** Shared boxes for the small whole numbers that most coded answers are (scale points, yes/no, options). */
    private static final Double[] SMALL_WHOLE = new Double[256];

    static {
        for (int i = 0; i < SMALL_WHOLE.length; i++) {
            SMALL_WHOLE[i] = (double) (i - 128);
        }
    }

    /**
     * The answer boxed without allocating for a small whole number: a bulk import codes tens of millions of
     * answers, and a new Double for each was a large share of its garbage (docs/benchmarks.md).
     */
    private static Double boxed(double value) {
        int whole = (int) value;
        if (whole == value && whole >= -128 && whole < 128 && Double.doubleToRawLongBits(value) != NEGATIVE_ZERO) {
            return SMALL_WHOLE[whole + 128];
        }
        return value;
    }

    private static final long NEGATIVE_ZERO = Double.doubleToRawLongBits(-0.0);

    /** MULTI_CHOICE answers given as a list (NDJSON arrays, GraphQL lists). */
    public Double codeSelection(List<String> selected) throws AnswerRejected {
        if (question.type != QuestionType.MULTI_CHOICE) {
            throw new AnswerRejected("a list of values is only allowed for MULTI_CHOICE questions");
        }
        return selected.isEmpty() ? null : multi(selected);
    }

    private double likert(String value) throws AnswerRejected {
        double number;
        List<String> labels = question.options;
        int labelIndex = labels == null ? -1 : labels.indexOf(value);
        if (labelIndex >= 0) {
            number = question.scaleMin + labelIndex;
        } else {
            number = parseNumber(value);
            if (number != Math.rint(number)) {
                throw new AnswerRejected("not a whole scale point");
            }
        }
        if (number < question.scaleMin || number > question.scaleMax) {
            throw new AnswerRejected("outside the scale " + question.scaleMin + ".." + question.scaleMax);
        }
        return number;
    }

    private static double binary(String value) throws AnswerRejected {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "yes", "y", "true", "1" -> 1.0;
            case "no", "n", "false", "0" -> 0.0;
            default -> throw new AnswerRejected("not a yes/no answer (expected Yes, No, true, false, 1 or 0)");
        };
    }

    private int optionPosition(String value) throws AnswerRejected {
        List<String> options = question.options;
        for (int i = 0; i < options.size(); i++) {
            if (options.get(i).equals(value)) {
                return i + 1;
            }
        }
        for (int i = 0; i < options.size(); i++) {
            if (options.get(i).equalsIgnoreCase(value)) {
                return i + 1;
            }
        }
        throw new AnswerRejected("unknown option");
    }

    private double multi(List<String> selected) throws AnswerRejected {
        long mask = 0;
        for (String option : selected) {
            if (option.isBlank()) {
                continue;
            }
            mask |= 1L << (optionPosition(option.strip()) - 1);
        }
        return mask;
    }

    private double numeric(String value) throws AnswerRejected {
        double number = parseNumber(value);
        if (Math.abs(number) > MAX_MAGNITUDE) {
            throw new AnswerRejected("too large: NUMERIC answers are finite numbers of at most 1e12 in size");
        }
        if (question.numericMin != null && number < question.numericMin) {
            throw new AnswerRejected("below the minimum " + question.numericMin);
        }
        if (question.numericMax != null && number > question.numericMax) {
            throw new AnswerRejected("above the maximum " + question.numericMax);
        }
        return number;
    }

    private static double parseNumber(String value) throws AnswerRejected {
        // fast path for the common case of a short whole number (most survey cells): no Double parsing
        int length = value.length();
        if (length > 0 && length <= 9) {
            int start = value.charAt(0) == '-' || value.charAt(0) == '+' ? 1 : 0;
            int number = 0;
            int i = start;
            while (i < length) {
                char c = value.charAt(i);
                if (c < '0' || c > '9') {
                    break;
                }
                number = number * 10 + (c - '0');
                i++;
            }
            if (i == length && length > start) {
                return value.charAt(0) == '-' ? -number : number;
            }
        }
        if (!PLAIN_NUMBER.matcher(value).matches()) {
            String word = value.toLowerCase(Locale.ROOT);
            throw new AnswerRejected(
                    word.contains("nan") || word.contains("inf") ? "not a finite number" : "not a number");
        }
        double number = Double.parseDouble(value);
        if (Double.isInfinite(number)) {
            throw new AnswerRejected("not a finite number");
        }
        return number;
    }
}
