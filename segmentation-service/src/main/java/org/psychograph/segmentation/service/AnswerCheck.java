package org.psychograph.segmentation.service;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.psychograph.segmentation.clustering.preparation.PreparationParameters;
import org.psychograph.segmentation.clustering.storage.SegmentationModel;
import org.psychograph.segmentation.clustering.storage.SegmentationModel.TypingModel;
import org.psychograph.segmentation.error.ValidationException;

/**
 * Checks a new respondent's answers for {@code assignSegment} before they reach the model: every basis question
 * answered once (or left out where the run imputes), nothing else, every value a finite number within the
 * range survey-service accepts. Each refusal names the question.
 */
final class AnswerCheck {

    /** The largest magnitude survey-service accepts for a NUMERIC answer; anything larger is a typo or an attack. */
    static final double MAX_MAGNITUDE = 1e12;

    private AnswerCheck() {}

    /**
     * Whether the answers are for the typing tool: the run has one, not every basis question is answered, and
     * every golden question is. (Unknown codes, duplicates and bad values are refused by whichever check follows.)
     */
    static boolean onlyGoldenQuestions(SegmentationModel model, List<Answer> answers) {
        if (model.typing() == null) {
            return false;
        }
        Set<String> answered = new HashSet<>();
        answers.forEach(a -> answered.add(a.questionCode()));
        return !answered.containsAll(List.of(model.preparation().variableCodes()))
                && answered.containsAll(model.typing().goldenQuestions());
    }

    /** The golden questions' answers, prepared as the run prepared those columns, in the typing tool's order. */
    static double[] goldenAnswers(PreparationParameters preparation, TypingModel typing, List<Answer> answers) {
        Map<String, Double> given = checked(preparation, answers);
        double[] prepared = new double[typing.goldenQuestions().size()];
        for (int q = 0; q < prepared.length; q++) {
            String code = typing.goldenQuestions().get(q);
            Double v = given.get(code);
            if (v == null) {
                throw new ValidationException("answers", "an answer to golden question '" + code + "' is needed");
            }
            prepared[q] = preparation.prepare(typing.goldenColumns()[q], v);
        }
        return prepared;
    }

    /** The answers in the model's variable order, NaN where left out and imputed. */
    static double[] basisAnswers(
            PreparationParameters preparation, List<Answer> answers, boolean imputes, List<String> golden) {
        Map<String, Double> given = checked(preparation, answers);
        String[] codes = preparation.variableCodes();
        double[] raw = new double[codes.length];
        for (int j = 0; j < codes.length; j++) {
            Double v = given.get(codes[j]);
            if (v == null && !imputes) {
                throw new ValidationException(
                        "answers",
                        "an answer to basis question '" + codes[j] + "' is needed"
                                + (golden.isEmpty()
                                        ? ""
                                        : " (or answer only the typing tool's golden questions: "
                                                + String.join(", ", golden) + ")"));
            }
            raw[j] = v == null ? Double.NaN : v;
        }
        return raw;
    }

    /** Every answer a basis question of the run, answered once, with a finite value in range; by code. */
    private static Map<String, Double> checked(PreparationParameters preparation, List<Answer> answers) {
        String[] codes = preparation.variableCodes();
        if (answers.size() > codes.length) {
            throw new ValidationException(
                    "answers", answers.size() + " answers given; this run has " + codes.length + " basis questions");
        }
        Map<String, Double> given = new HashMap<>();
        for (Answer a : answers) {
            if (!List.of(codes).contains(a.questionCode())) {
                throw new ValidationException(
                        "answers", "'" + printable(a.questionCode()) + "' is not a basis question of this run");
            }
            if (given.containsKey(a.questionCode())) {
                throw new ValidationException("answers", "'" + a.questionCode() + "' is answered twice");
            }
            Double v = a.value();
            if (v != null && (!Double.isFinite(v) || Math.abs(v) > MAX_MAGNITUDE)) {
                throw new ValidationException(
                        "answers",
                        "the answer to '" + a.questionCode() + "' (" + v + ") is not a number between -1e12 and 1e12");
            }
            given.put(a.questionCode(), v);
        }
        return given;
    }

    /** A code as it may be shown back: control characters (NUL among them) replaced, length bounded. */
    private static String printable(String code) {
        String shown = code.length() > 100 ? code.substring(0, 100) + "..." : code;
        return shown.replaceAll("\\p{Cntrl}", "?");
    }
}
