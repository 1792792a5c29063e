package org.psychograph.segmentation.clustering.typing;

import com.oracle.labs.mlrg.olcut.provenance.Provenance;
import com.oracle.labs.mlrg.olcut.provenance.ProvenanceUtil;
import com.oracle.labs.mlrg.olcut.provenance.primitives.DoubleProvenance;
import com.oracle.labs.mlrg.olcut.provenance.primitives.LongProvenance;
import com.oracle.labs.mlrg.olcut.provenance.primitives.StringProvenance;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import org.tribuo.Model;
import org.tribuo.classification.Label;

/**
 * Builds a {@link TypingTool}: the fewest questions whose classifier reaches the target accuracy.
 * <ol>
 * <li>Split once, stratified and seeded, into selection and holdout rows ({@link RespondentSplit}).</li>
 * <li>On the selection rows only (a stratified sample of at most {@code maxSelectionRows}), order the questions by
 * greedy forward selection with cross-validated accuracy ({@link QuestionSelection}).</li>
 * <li>Golden questions: the shortest prefix of that order whose cross-validated accuracy reaches the target, else
 * the prefix with the best accuracy.</li>
 * <li>Train the final classifier on every selection row with the golden questions and score it on the holdout
 * rows, which were not used before: the holdout accuracy is an honest estimate for new respondents.</li>
 * </ol>
 * Deterministic for a given seed.
 */
public final class TypingToolBuilder {

    private TypingToolBuilder() {}

    /**
     * @param features      one row per respondent, one column per question, prepared (finite) values
     * @param questionCodes one code per column, unique; the classifier's feature names
     * @param segment       per row, its segment in 0..k-1
     * @param k             number of segments, at least 2
     */
    public static TypingTool build(
            double[][] features, String[] questionCodes, int[] segment, int k, TypingSettings settings) {
        return build(features, questionCodes, segment, k, settings, null);
    }

    /**
     * As above, cross-validating the candidate questions of each greedy step concurrently on {@code executor} (the
     * run's fit pool); null: one after another. The result does not depend on it: every training is seeded and
     * the best candidate is picked in column order.
     */
    public static TypingTool build(
            double[][] features,
            String[] questionCodes,
            int[] segment,
            int k,
            TypingSettings settings,
            ExecutorService executor) {
        validate(features, questionCodes, segment, k, settings);
        RespondentSplit split =
                RespondentSplit.of(segment, k, settings.holdoutShare(), settings.folds(), settings.seed());
        int[] selectionRows = split.selectionRows();
        int[] holdoutRows = split.holdoutRows();
        if (holdoutRows.length == 0) {
            throw new IllegalArgumentException("no segment has two members, so there is nothing to hold out");
        }
        if (selectionRows.length < settings.folds()) {
            throw new IllegalArgumentException("only " + selectionRows.length + " selection rows for "
                    + settings.folds() + " folds; reduce folds or holdoutShare");
        }
        FoldedRows crossValidationRows = split.selectionSample(settings.maxSelectionRows());
        CrossValidatedAccuracy accuracy =
                new CrossValidatedAccuracy(features, questionCodes, segment, crossValidationRows, settings.seed());
        List<AccuracyPoint> curve = new QuestionSelection(accuracy, questionCodes, settings, executor).curve();

        int golden = goldenCount(curve, settings.targetAccuracy());
        boolean targetReached = curve.get(golden - 1).crossValidatedAccuracy() >= settings.targetAccuracy();
        Map<String, Integer> columnOf = new HashMap<>();
        for (int j = 0; j < questionCodes.length; j++) {
            columnOf.put(questionCodes[j], j);
        }
        List<String> goldenQuestions =
                curve.subList(0, golden).stream().map(AccuracyPoint::added).toList();
        int[] goldenColumns = goldenQuestions.stream().mapToInt(columnOf::get).toArray();

        Model<Label> model = SegmentClassifierTraining.train(
                SegmentClassifierTraining.examples(features, questionCodes, segment, goldenColumns, selectionRows),
                settings.seed(),
                runProvenance(settings, goldenQuestions, targetReached));
        int[][] confusion = new int[k][k];
        int correct = 0;
        for (int row : holdoutRows) {
            int predicted = SegmentClassifierTraining.predictedSegment(
                    model, SegmentClassifierTraining.example(features[row], questionCodes, goldenColumns, null));
            confusion[segment[row]][predicted]++;
            correct += predicted == segment[row] ? 1 : 0;
        }
        return new TypingTool(
                goldenQuestions,
                goldenColumns,
                curve,
                settings.targetAccuracy(),
                targetReached,
                (double) correct / holdoutRows.length,
                confusion,
                holdoutRows.length,
                selectionRows.length,
                holdoutRows,
                model.serialize().toByteArray(),
                ProvenanceUtil.formattedProvenanceString(model.getProvenance()),
                crossValidationRows.size());
    }

    /** The shortest prefix reaching the target; else the best one (the shortest of equally good ones). */
    static int goldenCount(List<AccuracyPoint> curve, double target) {
        int best = 0;
        for (int i = 0; i < curve.size(); i++) {
            double a = curve.get(i).crossValidatedAccuracy();
            if (a >= target) {
                return i + 1;
            }
            if (a > curve.get(best).crossValidatedAccuracy()) {
                best = i;
            }
        }
        return best + 1;
    }

    /** What the stored model should say about how it was chosen, beside Tribuo's own provenance. */
    private static Map<String, Provenance> runProvenance(
            TypingSettings settings, List<String> goldenQuestions, boolean targetReached) {
        return Map.of(
                "typing.goldenQuestions",
                        new StringProvenance("typing.goldenQuestions", String.join(",", goldenQuestions)),
                "typing.targetAccuracy", new DoubleProvenance("typing.targetAccuracy", settings.targetAccuracy()),
                "typing.targetReached", new StringProvenance("typing.targetReached", Boolean.toString(targetReached)),
                "typing.seed", new LongProvenance("typing.seed", settings.seed()));
    }

    private static void validate(
            double[][] features, String[] questionCodes, int[] segment, int k, TypingSettings settings) {
        Objects.requireNonNull(features, "features");
        Objects.requireNonNull(questionCodes, "questionCodes");
        Objects.requireNonNull(segment, "segment");
        Objects.requireNonNull(settings, "settings");
        if (k < 2) {
            throw new IllegalArgumentException("k must be at least 2, was " + k);
        }
        if (questionCodes.length == 0) {
            throw new IllegalArgumentException("questionCodes: a typing tool needs at least one question");
        }
        Set<String> seen = new HashSet<>();
        for (String code : questionCodes) {
            if (code == null || code.isBlank() || !seen.add(code)) {
                throw new IllegalArgumentException("questionCodes must be unique and not blank; offending: " + code);
            }
        }
        if (segment.length != features.length) {
            throw new IllegalArgumentException(
                    "segment has " + segment.length + " entries but features has " + features.length + " rows");
        }
        for (int i = 0; i < features.length; i++) {
            if (features[i] == null || features[i].length != questionCodes.length) {
                throw new IllegalArgumentException(
                        "features row " + i + " must have " + questionCodes.length + " values (one per question)");
            }
            for (int j = 0; j < questionCodes.length; j++) {
                if (!Double.isFinite(features[i][j])) {
                    throw new IllegalArgumentException("features row " + i + ", question " + questionCodes[j]
                            + ": not a finite number; prepare the data first");
                }
            }
            if (segment[i] < 0 || segment[i] >= k) {
                throw new IllegalArgumentException(
                        "segment of row " + i + " is " + segment[i] + ", outside 0.." + (k - 1));
            }
        }
    }
}
