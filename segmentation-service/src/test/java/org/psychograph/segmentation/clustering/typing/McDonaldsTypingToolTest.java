package org.psychograph.segmentation.clustering.typing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.psychograph.segmentation.clustering.BasisMatrix;
import org.psychograph.segmentation.clustering.ClusteringConfig;
import org.psychograph.segmentation.clustering.McDonaldsSurvey;
import org.psychograph.segmentation.clustering.ProgressListener;
import org.psychograph.segmentation.clustering.SegmentSolution;
import org.psychograph.segmentation.clustering.SegmentationAnalysis;
import org.psychograph.segmentation.clustering.preparation.PreparedData;

/**
 * The typing tool of the MSA book's fast-food case: the 11 yes/no brand-image attributes (1/0) and the k-means
 * solution with 4 segments (seed 1234, best of 10 restarts, no bootstrap). Prints the curve, the golden questions,
 * the holdout accuracy, the confusion matrix and the time build() took; asserts only sane floors.
 */
class McDonaldsTypingToolTest {

    private static final int K = 4;

    @Test
    void typingToolForTheFourSegmentSolution() {
        BasisMatrix attributes = McDonaldsSurvey.load().attributes();
        SegmentSolution solution = fourSegments(attributes);

        long start = System.nanoTime();
        TypingTool tool = TypingToolBuilder.build(
                attributes.values(), attributes.variableCodes(), solution.labels(), K, TypingSettings.defaults(1234));
        double seconds = (System.nanoTime() - start) / 1e9;

        System.out.print(report(tool, solution, seconds));
        assertFalse(tool.goldenQuestions().isEmpty());
        assertTrue(tool.holdoutAccuracy() > 0.6, "holdout accuracy " + tool.holdoutAccuracy());
        List<AccuracyPoint> curve = tool.curve();
        assertEquals(McDonaldsSurvey.ATTRIBUTES.length, curve.size());
        for (int i = 0; i < curve.size(); i++) {
            assertEquals(i + 1, curve.get(i).questions());
        }
        assertEquals(attributes.rows(), tool.selectionSize() + tool.holdoutSize());
    }

    private static SegmentSolution fourSegments(BasisMatrix attributes) {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            return new SegmentationAnalysis(pool)
                    .run(
                            PreparedData.asIs(attributes),
                            ClusteringConfig.forFixedK(K, 1234).withBootstrap(0, 3),
                            List.of(),
                            ProgressListener.none(),
                            () -> false)
                    .candidate(K)
                    .orElseThrow()
                    .solution();
        } finally {
            pool.shutdownNow();
        }
    }

    private static String report(TypingTool tool, SegmentSolution solution, double seconds) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(
                Locale.ROOT,
                "McDonald's typing tool, k=%d, segment sizes %s, %d selection rows, %d holdout rows%n",
                K,
                Arrays.toString(solution.sizes()),
                tool.selectionSize(),
                tool.holdoutSize()));
        for (AccuracyPoint point : tool.curve()) {
            out.append(String.format(
                    Locale.ROOT,
                    "  %2d questions (+ %-10s) cross-validated accuracy %.3f%n",
                    point.questions(),
                    point.added(),
                    point.crossValidatedAccuracy()));
        }
        out.append(String.format(
                Locale.ROOT,
                "golden questions %s (target %.2f %s), cross-validated %.3f, holdout accuracy %.3f%n",
                tool.goldenQuestions(),
                tool.targetAccuracy(),
                tool.targetReached() ? "reached" : "not reached",
                tool.goldenCrossValidatedAccuracy(),
                tool.holdoutAccuracy()));
        out.append("confusion matrix (rows: true segment, columns: predicted)\n");
        for (int s = 0; s < K; s++) {
            out.append("  ")
                    .append(s)
                    .append(": ")
                    .append(Arrays.toString(tool.confusionMatrix()[s]))
                    .append('\n');
        }
        out.append(String.format(Locale.ROOT, "build() took %.2f s%n", seconds));
        return out.toString();
    }
}
