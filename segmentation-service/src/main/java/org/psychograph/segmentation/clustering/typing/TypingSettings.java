package org.psychograph.segmentation.clustering.typing;

/**
 * How a typing tool is built.
 *
 * @param targetAccuracy   the cross-validated accuracy the golden questions must reach, in (0, 1]
 * @param folds            folds of the stratified cross-validation on the selection rows, at least 2
 * @param holdoutShare     share of every segment kept back for the final check, in (0, 1)
 * @param seed             the one seed of every random choice (split, folds, subsample, classifier training)
 * @param maxSelectionRows the question selection cross-validates on at most this many selection rows (a stratified
 *                         sample of them when there are more): it trains {@code folds} classifiers per candidate
 *                         question and step, and a few thousand rows already estimate an accuracy to about one
 *                         percentage point. The final classifier still learns from every selection row.
 * @param maxGreedySteps   greedy forward steps before the remaining questions are added in the order of their
 *                         accuracy alone; each greedy step costs one cross-validation per remaining question
 */
public record TypingSettings(
        double targetAccuracy, int folds, double holdoutShare, long seed, int maxSelectionRows, int maxGreedySteps) {

    public static final double DEFAULT_TARGET_ACCURACY = 0.85;
    public static final int DEFAULT_FOLDS = 5;
    public static final double DEFAULT_HOLDOUT_SHARE = 0.2;
    public static final int DEFAULT_MAX_SELECTION_ROWS = 4000;
    public static final int DEFAULT_MAX_GREEDY_STEPS = 12;

    public TypingSettings {
        if (!(targetAccuracy > 0 && targetAccuracy <= 1)) {
            throw new IllegalArgumentException("targetAccuracy must be in (0, 1], was " + targetAccuracy);
        }
        if (folds < 2) {
            throw new IllegalArgumentException("folds must be at least 2, was " + folds);
        }
        if (!(holdoutShare > 0 && holdoutShare < 1)) {
            throw new IllegalArgumentException("holdoutShare must be in (0, 1), was " + holdoutShare);
        }
        if (maxSelectionRows < folds) {
            throw new IllegalArgumentException(
                    "maxSelectionRows must be at least folds (" + folds + "), was " + maxSelectionRows);
        }
        if (maxGreedySteps < 1) {
            throw new IllegalArgumentException("maxGreedySteps must be at least 1, was " + maxGreedySteps);
        }
    }

    /** Target 0.85, 5 folds, 20% holdout, at most 4,000 rows for the selection, 12 greedy steps. */
    public static TypingSettings defaults(long seed) {
        return new TypingSettings(
                DEFAULT_TARGET_ACCURACY,
                DEFAULT_FOLDS,
                DEFAULT_HOLDOUT_SHARE,
                seed,
                DEFAULT_MAX_SELECTION_ROWS,
                DEFAULT_MAX_GREEDY_STEPS);
    }

    public TypingSettings withTargetAccuracy(double newTargetAccuracy) {
        return new TypingSettings(newTargetAccuracy, folds, holdoutShare, seed, maxSelectionRows, maxGreedySteps);
    }

    public TypingSettings withMaxSelectionRows(int newMaxSelectionRows) {
        return new TypingSettings(targetAccuracy, folds, holdoutShare, seed, newMaxSelectionRows, maxGreedySteps);
    }

    public TypingSettings withMaxGreedySteps(int newMaxGreedySteps) {
        return new TypingSettings(targetAccuracy, folds, holdoutShare, seed, maxSelectionRows, newMaxGreedySteps);
    }
}
