package org.psychograph.segmentation.clustering.typing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Greedy forward selection of questions, on the selection rows only: each step adds the question whose addition
 * gives the highest cross-validated accuracy (ties: the lower column). Every question ends up in the order, so the
 * curve covers 1..N questions, but greedy steps are bounded: after {@code maxGreedySteps} of them, or once the
 * target has been reached and two further steps have not raised the best accuracy, the remaining questions follow
 * in the order of their accuracy alone (from the first step), one cross-validation each. Those later points only
 * show that more questions no longer help; the golden questions come from the front of the order.
 */
final class QuestionSelection {

    /** Steps after reaching the target without a gain before the greedy search stops. */
    static final int STEPS_WITHOUT_GAIN = 2;

    private final CrossValidatedAccuracy accuracy;
    private final String[] questionCodes;
    private final TypingSettings settings;

    QuestionSelection(CrossValidatedAccuracy accuracy, String[] questionCodes, TypingSettings settings) {
        this.accuracy = accuracy;
        this.questionCodes = questionCodes;
        this.settings = settings;
    }

    /** The selection order with the accuracy after each question: one point per question, in order. */
    List<AccuracyPoint> curve() {
        int n = questionCodes.length;
        double[] alone = new double[n];
        List<Integer> remaining = new ArrayList<>(IntStream.range(0, n).boxed().toList());
        int[] chosen = new int[0];
        List<AccuracyPoint> curve = new ArrayList<>();
        double best = Double.NEGATIVE_INFINITY;
        int withoutGain = 0;
        for (int step = 1; step <= settings.maxGreedySteps() && !remaining.isEmpty(); step++) {
            int bestColumn = -1;
            double bestAccuracy = Double.NEGATIVE_INFINITY;
            for (int column : remaining) { // ascending, so a tie keeps the lower column
                double a = accuracy.of(with(chosen, column));
                if (step == 1) {
                    alone[column] = a;
                }
                if (a > bestAccuracy) {
                    bestAccuracy = a;
                    bestColumn = column;
                }
            }
            chosen = with(chosen, bestColumn);
            remaining.remove(Integer.valueOf(bestColumn));
            curve.add(new AccuracyPoint(chosen.length, questionCodes[bestColumn], bestAccuracy));
            boolean targetReachedBefore = best >= settings.targetAccuracy();
            if (bestAccuracy > best) {
                best = bestAccuracy;
                withoutGain = 0;
            } else if (targetReachedBefore) {
                withoutGain++;
            }
            if (withoutGain >= STEPS_WITHOUT_GAIN) {
                break;
            }
        }
        remaining.sort(Comparator.comparingDouble((Integer c) -> -alone[c]).thenComparingInt(c -> c));
        for (int column : remaining) {
            chosen = with(chosen, column);
            curve.add(new AccuracyPoint(chosen.length, questionCodes[column], accuracy.of(chosen)));
        }
        return curve;
    }

    private static int[] with(int[] columns, int added) {
        int[] extended = Arrays.copyOf(columns, columns.length + 1);
        extended[columns.length] = added;
        return extended;
    }
}
