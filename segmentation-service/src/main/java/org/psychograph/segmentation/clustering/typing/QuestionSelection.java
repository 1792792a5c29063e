package org.psychograph.segmentation.clustering.typing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
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
    private final ExecutorService executor;

    QuestionSelection(
            CrossValidatedAccuracy accuracy,
            String[] questionCodes,
            TypingSettings settings,
            ExecutorService executor) {
        this.accuracy = accuracy;
        this.questionCodes = questionCodes;
        this.settings = settings;
        this.executor = executor;
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
            double[] accuracies = accuracies(chosen, remaining);
            for (int i = 0; i < remaining.size(); i++) { // ascending, so a tie keeps the lower column
                int column = remaining.get(i);
                double a = accuracies[i];
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

    /** The cross-validated accuracy of {@code chosen} plus each remaining column, in the order of remaining. */
    private double[] accuracies(int[] chosen, List<Integer> remaining) {
        double[] result = new double[remaining.size()];
        if (executor == null) {
            for (int i = 0; i < result.length; i++) {
                result[i] = accuracy.of(with(chosen, remaining.get(i)));
            }
            return result;
        }
        List<Callable<Double>> candidates = new ArrayList<>();
        for (int column : remaining) {
            candidates.add(() -> accuracy.of(with(chosen, column)));
        }
        try {
            List<Future<Double>> done = executor.invokeAll(candidates);
            for (int i = 0; i < result.length; i++) {
                result[i] = done.get(i).get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while choosing golden questions", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a cross-validation failed: " + e.getCause(), e.getCause());
        }
        return result;
    }

    private static int[] with(int[] columns, int added) {
        int[] extended = Arrays.copyOf(columns, columns.length + 1);
        extended[columns.length] = added;
        return extended;
    }
}
