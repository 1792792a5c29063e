package org.psychograph.segmentation.clustering.typing;

import java.util.Arrays;

/**
 * Rows of the respondent matrix with their cross-validation fold: {@code fold[i]} is the fold of {@code rows[i]}.
 * Rows are in ascending order, so the examples a classifier sees, and hence its training, do not depend on how the
 * rows were drawn.
 *
 * @param rows  row indices into the feature matrix, ascending
 * @param fold  per row, its fold in 0..folds-1
 * @param folds the number of folds
 */
public record FoldedRows(int[] rows, int[] fold, int folds) {

    public FoldedRows {
        if (rows.length != fold.length) {
            throw new IllegalArgumentException("rows and fold must have the same length");
        }
    }

    public int size() {
        return rows.length;
    }

    /** The rows outside fold {@code f}: what the classifier of that fold learns from. */
    public int[] trainingRows(int f) {
        return select(f, false);
    }

    /** The rows of fold {@code f}: what the classifier of that fold is scored on. */
    public int[] testRows(int f) {
        return select(f, true);
    }

    private int[] select(int f, boolean inFold) {
        int[] picked = new int[rows.length];
        int n = 0;
        for (int i = 0; i < rows.length; i++) {
            if ((fold[i] == f) == inFold) {
                picked[n++] = rows[i];
            }
        }
        return Arrays.copyOf(picked, n);
    }
}
