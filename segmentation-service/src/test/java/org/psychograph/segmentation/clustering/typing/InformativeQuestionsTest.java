package org.psychograph.segmentation.clustering.typing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * 1,200 respondents in 4 segments, 10 questions on a 1..5 scale; only Q3 and Q7 differ between the segments (the
 * four quadrants of those two), the rest is noise. The typing tool must find Q3 and Q7.
 */
class InformativeQuestionsTest {

    private static final int K = 4;
    private static final int[] INFORMATIVE = {2, 6}; // Q3, Q7
    private static RatingSurvey survey;
    private static TypingTool tool;

    @BeforeAll
    static void build() {
        survey = RatingSurvey.generate(new int[] {300, 300, 300, 300}, 10, INFORMATIVE, 42);
        tool = TypingToolBuilder.build(
                survey.answers(), survey.questionCodes(), survey.segment(), K, TypingSettings.defaults(7));
    }

    @Test
    void goldenQuestionsAreTheInformativeOnes() {
        assertTrue(
                tool.goldenQuestions().containsAll(List.of("Q3", "Q7")),
                tool.goldenQuestions().toString());
        // neither question alone tells the four quadrants apart, both together do
        assertEquals(2, tool.goldenQuestions().size(), tool.curve().toString());
        assertTrue(tool.targetReached());
        for (int i = 0; i < tool.goldenColumns().length; i++) {
            assertEquals(tool.goldenQuestions().get(i), survey.questionCodes()[tool.goldenColumns()[i]]);
        }
    }

    @Test
    void holdoutAccuracyReachesTheTargetAndAgreesWithTheCurve() {
        assertTrue(tool.holdoutAccuracy() >= 0.85, "holdout accuracy " + tool.holdoutAccuracy());
        assertTrue(tool.goldenCrossValidatedAccuracy() >= tool.targetAccuracy());
        // both estimate the same classifier's accuracy on new respondents: they differ by sampling noise only
        assertEquals(
                tool.goldenCrossValidatedAccuracy(),
                tool.holdoutAccuracy(),
                0.06,
                tool.curve().toString());
    }

    @Test
    void curveAddsEveryQuestionOnce() {
        List<AccuracyPoint> curve = tool.curve();
        assertEquals(10, curve.size());
        Set<String> added = new HashSet<>();
        for (int i = 0; i < curve.size(); i++) {
            assertEquals(i + 1, curve.get(i).questions());
            assertTrue(
                    added.add(curve.get(i).added()),
                    "added twice: " + curve.get(i).added());
            double a = curve.get(i).crossValidatedAccuracy();
            assertTrue(a >= 0 && a <= 1);
        }
        // a single question separates two pairs of quadrants at most: about half of the respondents
        assertTrue(curve.get(0).crossValidatedAccuracy() < 0.6, curve.toString());
        assertEquals(
                tool.goldenQuestions(),
                curve.subList(0, tool.goldenQuestions().size()).stream()
                        .map(AccuracyPoint::added)
                        .toList());
    }

    @Test
    void confusionMatrixCountsTheHoldout() {
        int[][] confusion = tool.confusionMatrix();
        assertEquals(K, confusion.length);
        int[] perSegment = survey.countsPerSegment(tool.holdoutRows(), K);
        int diagonal = 0;
        for (int s = 0; s < K; s++) {
            assertEquals(K, confusion[s].length);
            assertEquals(perSegment[s], IntStream.of(confusion[s]).sum(), "row of segment " + s);
            diagonal += confusion[s][s];
        }
        assertEquals(tool.holdoutSize(), IntStream.of(perSegment).sum());
        assertEquals(tool.holdoutAccuracy(), (double) diagonal / tool.holdoutSize(), 1e-12);
        // stratified: 20% of every segment of 300
        assertArrayEquals(new int[] {60, 60, 60, 60}, perSegment);
        assertEquals(1200, tool.holdoutSize() + tool.selectionSize());
        assertEquals(tool.selectionSize(), tool.crossValidationSize());
    }

    @Test
    void classifierPlacesRespondentsFromTheGoldenAnswers() {
        TypingTool.Classifier classifier = tool.classifier();
        assertEquals(tool.goldenQuestions(), classifier.questions());
        int correct = 0;
        for (int row : tool.holdoutRows()) {
            double[] golden = IntStream.of(tool.goldenColumns())
                    .mapToDouble(c -> survey.answers()[row][c])
                    .toArray();
            double[] p = classifier.probabilities(golden);
            assertEquals(K, p.length);
            assertEquals(1.0, java.util.Arrays.stream(p).sum(), 1e-9);
            int predicted = classifier.predict(golden);
            for (int s = 0; s < K; s++) {
                assertTrue(p[predicted] >= p[s], "the prediction is the most probable segment");
            }
            correct += predicted == survey.segment()[row] ? 1 : 0;
        }
        // the stored model is the one that was scored
        assertEquals(tool.holdoutAccuracy(), (double) correct / tool.holdoutSize(), 1e-12);
        assertTrue(tool.provenance().contains("LinearSGDTrainer"), tool.provenance());
    }
}
