package org.psychograph.segmentation.clustering.typing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class EdgeCasesTest {

    @Test
    void aOneMemberSegmentStaysInTheSelectionAndIsNeverHeldOut() {
        RatingSurvey survey = RatingSurvey.generate(new int[] {200, 200, 1}, 6, new int[] {0, 3}, 21);
        int loner = IntStream.range(0, survey.rows())
                .filter(r -> survey.segment()[r] == 2)
                .findFirst()
                .orElseThrow();
        TypingTool tool = TypingToolBuilder.build(
                survey.answers(), survey.questionCodes(), survey.segment(), 3, TypingSettings.defaults(1));
        assertFalse(IntStream.of(tool.holdoutRows()).anyMatch(r -> r == loner));
        assertArrayEquals(new int[] {0, 0, 0}, tool.confusionMatrix()[2]);
        assertEquals(401, tool.selectionSize() + tool.holdoutSize());
        // the cross-validation fold holding the loner trains without its segment and must not fail for that
        assertEquals(6, tool.curve().size());
        double[] p = tool.classifier().probabilities(goldenAnswers(survey, tool, loner));
        assertEquals(3, p.length);
        assertEquals(1.0, Arrays.stream(p).sum(), 1e-9);
    }

    @Test
    void aFoldWithoutASegmentStillScoresTheOthers() {
        int[] segment = {0, 0, 0, 0, 1, 1, 1, 1, 2};
        // holdout: one row each of segments 0 and 1; the one member of segment 2 is in one of the two folds
        FoldedRows rows = RespondentSplit.of(segment, 3, 0.25, 2, 4).selection();
        assertEquals(7, rows.size());
        double[][] features = new double[segment.length][1];
        for (int r = 0; r < segment.length; r++) {
            features[r][0] = segment[r]; // perfectly informative
        }
        double accuracy = new CrossValidatedAccuracy(features, new String[] {"Q1"}, segment, rows, 4).of(new int[] {0});
        // segment 2's row is scored only by the fold that trained without segment 2: it cannot be right
        assertTrue(accuracy <= 6.0 / 7, "accuracy " + accuracy);
    }

    @Test
    void veryUnequalSegmentsAllReachTheHoldout() {
        RatingSurvey survey = RatingSurvey.generate(new int[] {1500, 60, 12, 2}, 8, new int[] {1, 4}, 8);
        TypingTool tool = TypingToolBuilder.build(
                survey.answers(), survey.questionCodes(), survey.segment(), 4, TypingSettings.defaults(3));
        int[] held = survey.countsPerSegment(tool.holdoutRows(), 4);
        assertArrayEquals(new int[] {300, 12, 2, 1}, held);
        for (int s = 0; s < 4; s++) {
            assertEquals(held[s], IntStream.of(tool.confusionMatrix()[s]).sum());
        }
        // the big segment alone is 95% of the rows: the tool has to do better than always answering it
        assertTrue(tool.holdoutAccuracy() > 1500.0 / 1574, "holdout " + tool.holdoutAccuracy());
    }

    @Test
    void twoSegments() {
        RatingSurvey survey = RatingSurvey.generate(new int[] {150, 90}, 5, new int[] {3}, 4);
        TypingTool tool = TypingToolBuilder.build(
                survey.answers(), survey.questionCodes(), survey.segment(), 2, TypingSettings.defaults(5));
        assertEquals(List.of("Q4"), tool.goldenQuestions());
        assertEquals(2, tool.confusionMatrix().length);
        assertTrue(tool.holdoutAccuracy() >= 0.85, "holdout " + tool.holdoutAccuracy());
    }

    @Test
    void aSingleQuestion() {
        RatingSurvey survey = RatingSurvey.generate(new int[] {100, 100}, 1, new int[] {0}, 6);
        TypingTool tool = TypingToolBuilder.build(
                survey.answers(), survey.questionCodes(), survey.segment(), 2, TypingSettings.defaults(5));
        assertEquals(List.of("Q1"), tool.goldenQuestions());
        assertArrayEquals(new int[] {0}, tool.goldenColumns());
        assertEquals(1, tool.curve().size());
        assertEquals(1, tool.classifier().predict(new double[] {5.0}));
        assertEquals(0, tool.classifier().predict(new double[] {1.0}));
    }

    @Test
    void anUnreachableTargetGivesTheBestPrefix() {
        RatingSurvey survey = RatingSurvey.generate(new int[] {300, 300, 300, 300}, 6, new int[] {0, 1}, 2);
        TypingTool tool = TypingToolBuilder.build(
                survey.answers(),
                survey.questionCodes(),
                survey.segment(),
                4,
                TypingSettings.defaults(5).withTargetAccuracy(1.0));
        double best = tool.curve().stream()
                .mapToDouble(AccuracyPoint::crossValidatedAccuracy)
                .max()
                .orElseThrow();
        if (best < 1.0) {
            assertFalse(tool.targetReached());
            assertEquals(best, tool.goldenCrossValidatedAccuracy());
            for (int i = 0; i < tool.goldenQuestions().size() - 1; i++) {
                assertTrue(tool.curve().get(i).crossValidatedAccuracy() < best, "the shortest best prefix");
            }
        } else {
            assertTrue(tool.targetReached());
        }
    }

    @Test
    void selectionIsCrossValidatedOnAStratifiedSampleWhenLarge() {
        RatingSurvey survey = RatingSurvey.generate(new int[] {900, 300}, 4, new int[] {2}, 12);
        TypingTool tool = TypingToolBuilder.build(
                survey.answers(),
                survey.questionCodes(),
                survey.segment(),
                2,
                TypingSettings.defaults(5).withMaxSelectionRows(400));
        assertEquals(400, tool.crossValidationSize());
        assertEquals(960, tool.selectionSize());
        assertEquals(List.of("Q3"), tool.goldenQuestions());
    }

    @Test
    void sameSeedSameTool() {
        RatingSurvey survey = RatingSurvey.generate(new int[] {200, 150, 100, 50}, 8, new int[] {0, 5}, 17);
        TypingTool a = build(survey, 99);
        TypingTool b = build(survey, 99);
        assertEquals(a.goldenQuestions(), b.goldenQuestions());
        assertArrayEquals(a.goldenColumns(), b.goldenColumns());
        assertEquals(a.curve(), b.curve());
        assertEquals(a.targetAccuracy(), b.targetAccuracy());
        assertEquals(a.targetReached(), b.targetReached());
        assertEquals(a.holdoutAccuracy(), b.holdoutAccuracy());
        assertTrue(Arrays.deepEquals(a.confusionMatrix(), b.confusionMatrix()));
        assertEquals(a.holdoutSize(), b.holdoutSize());
        assertEquals(a.selectionSize(), b.selectionSize());
        assertEquals(a.crossValidationSize(), b.crossValidationSize());
        assertArrayEquals(a.holdoutRows(), b.holdoutRows());
        // the model bytes and provenance carry Tribuo's training timestamp; the model itself must be the same
        TypingTool.Classifier ca = a.classifier();
        TypingTool.Classifier cb = b.classifier();
        for (int row = 0; row < survey.rows(); row++) {
            double[] golden = goldenAnswers(survey, a, row);
            assertArrayEquals(ca.probabilities(golden), cb.probabilities(golden), 0.0);
        }
        assertNotEquals(
                Arrays.toString(a.holdoutRows()),
                Arrays.toString(build(survey, 100).holdoutRows()),
                "another seed holds out other rows");
    }

    @Test
    void inputsAreChecked() {
        RatingSurvey survey = RatingSurvey.generate(new int[] {50, 50}, 3, new int[] {0}, 1);
        TypingSettings settings = TypingSettings.defaults(1);
        IllegalArgumentException k = assertThrows(
                IllegalArgumentException.class,
                () -> TypingToolBuilder.build(survey.answers(), survey.questionCodes(), survey.segment(), 1, settings));
        assertTrue(k.getMessage().contains("k "), k.getMessage());
        int[] outOfRange = survey.segment().clone();
        outOfRange[7] = 2;
        IllegalArgumentException segment = assertThrows(
                IllegalArgumentException.class,
                () -> TypingToolBuilder.build(survey.answers(), survey.questionCodes(), outOfRange, 2, settings));
        assertTrue(segment.getMessage().contains("row 7"), segment.getMessage());
        IllegalArgumentException codes = assertThrows(
                IllegalArgumentException.class,
                () -> TypingToolBuilder.build(
                        survey.answers(), new String[] {"Q1", "Q1", "Q3"}, survey.segment(), 2, settings));
        assertTrue(codes.getMessage().contains("questionCodes"), codes.getMessage());
        double[][] withNaN =
                Arrays.stream(survey.answers()).map(double[]::clone).toArray(double[][]::new);
        withNaN[3][1] = Double.NaN;
        IllegalArgumentException nan = assertThrows(
                IllegalArgumentException.class,
                () -> TypingToolBuilder.build(withNaN, survey.questionCodes(), survey.segment(), 2, settings));
        assertTrue(nan.getMessage().contains("row 3, question Q2"), nan.getMessage());
        IllegalArgumentException answers = assertThrows(
                IllegalArgumentException.class,
                () -> TypingToolBuilder.build(survey.answers(), survey.questionCodes(), survey.segment(), 2, settings)
                        .classifier()
                        .predict(new double[] {1, 2, 3, 4}));
        assertTrue(answers.getMessage().contains("answers"), answers.getMessage());
    }

    @Test
    void settingsNameTheOffendingField() {
        assertMessage("targetAccuracy", () -> new TypingSettings(1.5, 5, 0.2, 1, 4000, 12));
        assertMessage("folds", () -> new TypingSettings(0.85, 1, 0.2, 1, 4000, 12));
        assertMessage("holdoutShare", () -> new TypingSettings(0.85, 5, 0.0, 1, 4000, 12));
        assertMessage("holdoutShare", () -> new TypingSettings(0.85, 5, 1.0, 1, 4000, 12));
        assertMessage("maxSelectionRows", () -> new TypingSettings(0.85, 5, 0.2, 1, 3, 12));
        assertMessage("maxGreedySteps", () -> new TypingSettings(0.85, 5, 0.2, 1, 4000, 0));
        TypingSettings defaults = TypingSettings.defaults(8);
        assertEquals(new TypingSettings(0.85, 5, 0.2, 8, 4000, 12), defaults);
    }

    private static void assertMessage(String field, Runnable construction) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, construction::run);
        assertTrue(e.getMessage().startsWith(field + " "), e.getMessage());
    }

    private static TypingTool build(RatingSurvey survey, long seed) {
        return TypingToolBuilder.build(
                survey.answers(), survey.questionCodes(), survey.segment(), 4, TypingSettings.defaults(seed));
    }

    private static double[] goldenAnswers(RatingSurvey survey, TypingTool tool, int row) {
        return IntStream.of(tool.goldenColumns())
                .mapToDouble(c -> survey.answers()[row][c])
                .toArray();
    }
}
