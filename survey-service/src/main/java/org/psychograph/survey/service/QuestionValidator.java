package org.psychograph.survey.service;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.psychograph.survey.graphql.types.Inputs.QuestionDefinition;
import org.psychograph.survey.model.QuestionRole;
import org.psychograph.survey.model.QuestionType;

/** Checks question definitions before anything is written, naming the offending field. */
final class QuestionValidator {

    static final Pattern CODE = Pattern.compile("[A-Za-z][A-Za-z0-9_.-]{0,63}");
    static final int MAX_OPTIONS = 50;
    static final int MAX_MULTI_OPTIONS = 30;
    static final int MAX_SCALE_POINTS = 101;

    private QuestionValidator() {
    }

    static void validate(List<QuestionDefinition> questions, Set<String> existingCodes) {
        if (questions.isEmpty()) {
            throw new ValidationException("questions", "at least one question is needed");
        }
        Set<String> codes = new HashSet<>(existingCodes);
        for (int i = 0; i < questions.size(); i++) {
            validate(questions.get(i), "questions[" + i + "].", codes);
        }
    }

    private static void validate(QuestionDefinition q, String path, Set<String> codes) {
        if (!CODE.matcher(q.code()).matches()) {
            throw new ValidationException(path + "code",
                    "code '" + q.code() + "' must start with a letter and use letters, digits, _ . - (at most 64)");
        }
        if (!codes.add(q.code())) {
            throw new ValidationException(path + "code", "code '" + q.code() + "' is already used in this survey");
        }
        if (q.text().isBlank() || q.text().length() > 2000) {
            throw new ValidationException(path + "text", "text must have 1 to 2000 characters");
        }
        boolean reverse = Boolean.TRUE.equals(q.reverseCoded());
        if (reverse && q.type() != QuestionType.LIKERT && q.type() != QuestionType.BINARY) {
            throw new ValidationException(path + "reverseCoded", "only LIKERT and BINARY questions can be reverse-coded");
        }
        if (q.type() == QuestionType.TEXT && q.role() == QuestionRole.BASIS) {
            throw new ValidationException(path + "role", "a TEXT question cannot be a BASIS variable");
        }
        switch (q.type()) {
            case LIKERT -> likert(q, path);
            case SINGLE_CHOICE -> options(q.options(), path, MAX_OPTIONS);
            case MULTI_CHOICE -> options(q.options(), path, MAX_MULTI_OPTIONS);
            case NUMERIC -> {
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

    private static void likert(QuestionDefinition q, String path) {
        if (q.scaleMin() == null) {
            throw new ValidationException(path + "scaleMin", "a LIKERT question needs scaleMin");
        }
        if (q.scaleMax() == null) {
            throw new ValidationException(path + "scaleMax", "a LIKERT question needs scaleMax");
        }
        int points = q.scaleMax() - q.scaleMin() + 1;
        if (points < 2 || points > MAX_SCALE_POINTS) {
            throw new ValidationException(path + "scaleMax",
                    "the scale must have 2 to " + MAX_SCALE_POINTS + " points (scaleMin < scaleMax)");
        }
        if (q.options() != null && !q.options().isEmpty()) {
            if (q.options().size() != points) {
                throw new ValidationException(path + "options",
                        "LIKERT labels must name all " + points + " scale points, in order");
            }
            distinct(q.options(), path);
        }
    }

    private static void options(List<String> options, String path, int max) {
        if (options == null || options.size() < 2 || options.size() > max) {
            throw new ValidationException(path + "options", "a choice question needs 2 to " + max + " options");
        }
        distinct(options, path);
    }

    private static void distinct(List<String> options, String path) {
        Set<String> seen = new HashSet<>();
        for (String option : options) {
            if (option.isBlank() || option.contains(";")) {
                throw new ValidationException(path + "options", "options must be non-blank and contain no ';'");
            }
            if (!seen.add(option.toLowerCase(java.util.Locale.ROOT))) {
                throw new ValidationException(path + "options", "option '" + option + "' appears twice");
            }
        }
    }
}
