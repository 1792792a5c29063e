package org.psychograph.segmentation.clustering.typing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.tribuo.Model;
import org.tribuo.MutableDataset;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.classification.sgd.linear.LinearSGDTrainer;
import org.tribuo.classification.sgd.objectives.LogMulticlass;
import org.tribuo.impl.ArrayExample;
import org.tribuo.math.optimisers.AdaGrad;
import org.tribuo.provenance.SimpleDataSourceProvenance;

/** The holdout rows take no part in choosing the questions or training the classifier. */
class HoldoutTest {

    private static final int K = 4;
    private static final int[] INFORMATIVE = {2, 6};
    private static final long SEED = 11;

    @Test
    void holdoutAndSelectionRowsPartitionTheRespondents() {
        RatingSurvey survey = RatingSurvey.generate(new int[] {400, 250, 150, 100}, 10, INFORMATIVE, 3);
        TypingTool tool = TypingToolBuilder.build(
                survey.answers(), survey.questionCodes(), survey.segment(), K, TypingSettings.defaults(SEED));
        int[] selection = selectionRows(tool, survey.rows());
        assertEquals(tool.selectionSize(), selection.length);
        assertEquals(survey.rows(), tool.selectionSize() + tool.holdoutSize());
        assertEquals(
                tool.holdoutSize(), IntStream.of(tool.holdoutRows()).distinct().count());
        boolean[] held = new boolean[survey.rows()];
        for (int row : tool.holdoutRows()) {
            held[row] = true;
        }
        for (int row : selection) {
            assertFalse(held[row], "row " + row + " is in both sets");
        }
        // 20% of each segment, rounded
        assertArrayEquals(new int[] {80, 50, 30, 20}, survey.countsPerSegment(tool.holdoutRows(), K));
    }

    /**
     * An independent retraining: a LinearSGDTrainer configured as Tribuo's LogisticRegressionTrainer with the
     * tool's seed, trained on the selection rows only with the golden questions, reproduces the reported holdout
     * accuracy and confusion matrix exactly. Had the reported classifier seen a holdout row, it would differ.
     */
    @Test
    void retrainingOnTheSelectionRowsReproducesTheHoldoutAccuracy() {
        RatingSurvey survey = RatingSurvey.generate(new int[] {300, 300, 300, 300}, 10, INFORMATIVE, 5);
        TypingTool tool = TypingToolBuilder.build(
                survey.answers(), survey.questionCodes(), survey.segment(), K, TypingSettings.defaults(SEED));
        String[] golden = tool.goldenQuestions().toArray(String[]::new);
        LabelFactory labels = new LabelFactory();
        MutableDataset<Label> selection =
                new MutableDataset<>(new SimpleDataSourceProvenance("selection rows", labels), labels);
        for (int row : selectionRows(tool, survey.rows())) {
            selection.add(new ArrayExample<>(
                    new Label(Integer.toString(survey.segment()[row])), golden, goldenAnswers(survey, tool, row)));
        }
        Model<Label> model = new LinearSGDTrainer(
                        new LogMulticlass(),
                        new AdaGrad(SegmentClassifierTraining.LEARNING_RATE, SegmentClassifierTraining.EPSILON),
                        SegmentClassifierTraining.EPOCHS,
                        SEED)
                .train(selection);
        int[][] confusion = new int[K][K];
        int correct = 0;
        for (int row : tool.holdoutRows()) {
            int predicted = Integer.parseInt(model.predict(
                            new ArrayExample<>(LabelFactory.UNKNOWN_LABEL, golden, goldenAnswers(survey, tool, row)))
                    .getOutput()
                    .getLabel());
            confusion[survey.segment()[row]][predicted]++;
            correct += predicted == survey.segment()[row] ? 1 : 0;
        }
        assertEquals(tool.holdoutAccuracy(), (double) correct / tool.holdoutSize(), 0.0);
        assertTrue(Arrays.deepEquals(tool.confusionMatrix(), confusion), Arrays.deepToString(confusion));
    }

    /**
     * Leak detector: segment labels that are pure noise. Whatever questions the tool picks, a classifier that
     * never saw the holdout rows can only guess there.
     */
    @Test
    void randomSegmentsStayAtChanceOnTheHoldout() {
        RatingSurvey survey = RatingSurvey.generate(new int[] {300, 300, 300, 300}, 10, INFORMATIVE, 9)
                .withRandomSegments(K, 13);
        TypingTool tool = TypingToolBuilder.build(
                survey.answers(), survey.questionCodes(), survey.segment(), K, TypingSettings.defaults(SEED));
        assertFalse(tool.targetReached(), tool.curve().toString());
        assertTrue(
                tool.holdoutAccuracy() <= 1.0 / K + 0.1,
                "holdout accuracy " + tool.holdoutAccuracy() + " on random segments");
    }

    private static int[] selectionRows(TypingTool tool, int n) {
        boolean[] held = new boolean[n];
        for (int row : tool.holdoutRows()) {
            held[row] = true;
        }
        return IntStream.range(0, n).filter(row -> !held[row]).toArray();
    }

    private static double[] goldenAnswers(RatingSurvey survey, TypingTool tool, int row) {
        return IntStream.of(tool.goldenColumns())
                .mapToDouble(c -> survey.answers()[row][c])
                .toArray();
    }
}
