package org.psychograph.survey.service;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.psychograph.survey.coding.AnswerCoder;
import org.psychograph.survey.config.InputLimits;
import org.psychograph.survey.error.ValidationException;
import org.psychograph.survey.model.QuestionRole;
import org.psychograph.survey.model.QuestionType;

/** Checks question definitions before anything is written, naming the offending field. */
final class QuestionValidator {

    static final Pattern CODE = Pattern.compile("[A-Za-z][A-Za-z0-9_.-]{0,63}");
    static final int MAX_OPTIONS = 50;
    static final int MAX_MULTI_OPTIONS = 30;
    static final int MAX_SCALE_POINTS = 101;
    /** Scale points are small numbers; the bound keeps every arithmetic on them (points, reverse coding) exact. */
    static final int MAX_SCALE_VALUE = 1_000_000;

    static final int MAX_MISSING_CODES = 10;
    static final int MAX_MISSING_CODE_LENGTH = 50;

    private final InputLimits limits;

    QuestionValidator(InputLimits limits) {
        this.limits = limits;
    }

    void validate(List<NewQuestion> questions, Set<String> existingCodes) {
        if (questions.isEmpty()) {
            throw new ValidationException("questions", "at least one question is needed");
        }
        if (existingCodes.size() + questions.size() > limits.questionsPerSurvey()) {
            throw new ValidationException(
                    "questions",
                    "a survey has at most " + limits.questionsPerSurvey()
                            + " questions (psychograph.limits.questions-per-survey); it has " + existingCodes.size()
                            + " and " + questions.size() + " were given");
        }
        Set<String> codes = new HashSet<>(existingCodes);
        for (int i = 0; i < questions.size(); i++) {
            validate(questions.get(i), "questions[" + i + "].", codes);
        }
    }

    /**
     * One question replacing another of the survey: {@code otherCodes} are the codes of the survey's other
     * questions; errors name {@code question.<field>}.
     */
    void validateReplacement(NewQuestion question, Set<String> otherCodes) {
        validate(question, "question.", new HashSet<>(otherCodes));
    }

    private void validate(NewQuestion q, String path, Set<String> codes) {
        if (!CODE.matcher(q.code()).matches()) {
            throw new ValidationException(
                    path + "code",
                    "code '" + q.code() + "' must start with a letter and use letters, digits, _ . - (at most 64)");
        }
        if (!codes.add(q.code())) {
            throw new ValidationException(path + "code", "code '" + q.code() + "' is already used in this survey");
        }
        if (q.text().isBlank() || q.text().length() > limits.questionTextLength()) {
            throw new ValidationException(
                    path + "text",
                    "text must have 1 to " + limits.questionTextLength()
                            + " characters (psychograph.limits.question-text-length)");
        }
        boolean reverse = Boolean.TRUE.equals(q.reverseCoded());
        if (reverse && q.type() != QuestionType.LIKERT && q.type() != QuestionType.BINARY) {
            throw new ValidationException(
                    path + "reverseCoded", "only LIKERT and BINARY questions can be reverse-coded");
        }
        if (q.type() == QuestionType.TEXT && q.role() == QuestionRole.BASIS) {
            throw new ValidationException(path + "role", "a TEXT question cannot be a BASIS variable");
        }
        missingCodes(q.missingCodes(), path + "missingCodes");
        switch (q.type()) {
            case LIKERT -> likert(q, path);
            case SINGLE_CHOICE -> options(q.options(), path, MAX_OPTIONS);
            case MULTI_CHOICE -> options(q.options(), path, MAX_MULTI_OPTIONS);
            case NUMERIC -> {
                bound(q.numericMin(), path + "numericMin");
                bound(q.numericMax(), path + "numericMax");
                if (q.numericMin() != null && q.numericMax() != null && q.numericMin() > q.numericMax()) {
                    throw new ValidationException(path + "numericMax", "numericMax is below numericMin");
                }
            }
            default -> {
                if (q.options() != null && !q.options().isEmpty()) {
                    throw new ValidationException(path + "options", q.type() + " questions take no options");
                }
            }
        }
    }

    private void likert(NewQuestion q, String path) {
        if (q.scaleMin() == null) {
            throw new ValidationException(path + "scaleMin", "a LIKERT question needs scaleMin");
        }
        if (q.scaleMax() == null) {
            throw new ValidationException(path + "scaleMax", "a LIKERT question needs scaleMax");
        }
        scaleValue(q.scaleMin(), path + "scaleMin");
        scaleValue(q.scaleMax(), path + "scaleMax");
        if (q.scaleMin() >= q.scaleMax()) {
            throw new ValidationException(path + "scaleMax", "scaleMax must be above scaleMin");
        }
        int points = q.scaleMax() - q.scaleMin() + 1; // exact: both are within +-MAX_SCALE_VALUE
        if (points > MAX_SCALE_POINTS) {
            throw new ValidationException(
                    path + "scaleMax",
                    "the scale must have 2 to " + MAX_SCALE_POINTS + " points (scaleMin < scaleMax)");
        }
        if (q.options() != null && !q.options().isEmpty()) {
            if (q.options().size() != points) {
                throw new ValidationException(
                        path + "options", "LIKERT labels must name all " + points + " scale points, in order");
            }
            distinct(q.options(), path);
        }
    }

    private static void missingCodes(List<String> codes, String field) {
        if (codes == null) {
            return;
        }
        if (codes.size() > MAX_MISSING_CODES) {
            throw new ValidationException(field, "at most " + MAX_MISSING_CODES + " missing-value codes per question");
        }
        for (int i = 0; i < codes.size(); i++) {
            if (codes.get(i) == null || codes.get(i).isBlank() || codes.get(i).length() > MAX_MISSING_CODE_LENGTH) {
                throw new ValidationException(
                        field + "[" + i + "]",
                        "a missing-value code has 1 to " + MAX_MISSING_CODE_LENGTH + " characters");
            }
        }
    }

    private static void scaleValue(int value, String field) {
        if (Math.abs((long) value) > MAX_SCALE_VALUE) {
            throw new ValidationException(
                    field, "scale values must be between -" + MAX_SCALE_VALUE + " and " + MAX_SCALE_VALUE);
        }
    }

    private static void bound(Double value, String field) {
        if (value != null && !(Math.abs(value) <= AnswerCoder.MAX_MAGNITUDE)) {
            throw new ValidationException(field, "must be a finite number of at most 1e12 in size");
        }
    }

    private void options(List<String> options, String path, int max) {
        if (options == null || options.size() < 2 || options.size() > max) {
            throw new ValidationException(path + "options", "a choice question needs 2 to " + max + " options");
        }
        distinct(options, path);
    }

    private void distinct(List<String> options, String path) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < options.size(); i++) {
            String option = options.get(i);
            if (option.isBlank() || option.contains(";")) {
                throw new ValidationException(
                        path + "options[" + i + "]", "options must be non-blank and contain no ';'");
            }
            if (option.length() > limits.optionLength()) {
                throw new ValidationException(
                        path + "options[" + i + "]",
                        "option labels have at most " + limits.optionLength()
                                + " characters (psychograph.limits.option-length)");
            }
            if (!seen.add(option.toLowerCase(java.util.Locale.ROOT))) {
                throw new ValidationException(path + "options", "option '" + option + "' appears twice");
            }
        }
    }
}
