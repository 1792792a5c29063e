package org.psychograph.segmentation.stored;

import java.util.List;

/**
 * A run's typing tool as stored in its report: the golden questions, how well they place respondents, and the
 * scoring rule in the units the questions are answered in. Null in reports stored before typing tools existed.
 *
 * @param goldenQuestions        the questions to ask, in the classifier's order
 * @param curve                  cross-validated accuracy for the first 1..N questions of the selection order
 * @param targetAccuracy         the accuracy asked for
 * @param targetReached          whether the golden questions reach it (cross-validated)
 * @param crossValidatedAccuracy the golden questions' cross-validated accuracy
 * @param holdoutAccuracy        accuracy on respondents used neither to choose the questions nor to train
 * @param holdoutSize            holdout respondents
 * @param selectionSize          respondents the questions were chosen on and the classifier trained on
 * @param crossValidationSize    of those, the respondents the curve was cross-validated on
 * @param confusionMatrix        {@code [true segment][predicted segment]} over the holdout, segments from 1
 * @param scoring                per segment (from 1): intercept and one weight per golden question, answer units
 * @param provenance             the Tribuo provenance of the classifier
 */
public record StoredTypingTool(
        List<GoldenQuestion> goldenQuestions,
        List<AccuracyPoint> curve,
        double targetAccuracy,
        boolean targetReached,
        double crossValidatedAccuracy,
        double holdoutAccuracy,
        int holdoutSize,
        int selectionSize,
        int crossValidationSize,
        List<List<Integer>> confusionMatrix,
        List<SegmentScore> scoring,
        String provenance) {

    /** A golden question as asked: its code, wording and answer scale (null bounds: unbounded). */
    public record GoldenQuestion(String code, String text, Double scaleMin, Double scaleMax) {}

    public record AccuracyPoint(int questions, String added, double crossValidatedAccuracy) {}

    /** Score of segment {@code segment} = intercept + sum of weight x answer; the highest score wins. */
    public record SegmentScore(int segment, double intercept, List<Double> weights) {}
}
