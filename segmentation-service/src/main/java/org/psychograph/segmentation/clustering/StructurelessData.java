package org.psychograph.segmentation.clustering;

import java.util.SplittableRandom;

/**
 * Data of the same shape as the basis but without segment structure: every basis column permuted on its own
 * (Dolnicar, Grün &amp; Leisch 2018, ch. 7). Each question keeps its distribution of answers, but which answers
 * go together is random, so any stability left on this data comes from the shape alone (the scale, the number of
 * respondents, ties) and not from segments. The data's stability means something only above this level.
 */
public final class StructurelessData {

    private StructurelessData() {}

    /** The permuted copy; column j is shuffled with the seed {@code derive(seed, REFERENCE_PERMUTATION, j)}. */
    public static BasisMatrix of(BasisMatrix matrix, long runSeed) {
        int rows = matrix.rows();
        int columns = matrix.variables();
        double[][] values = new double[rows][columns];
        int[] order = new int[rows];
        for (int j = 0; j < columns; j++) {
            for (int i = 0; i < rows; i++) {
                order[i] = i;
            }
            shuffle(order, new SplittableRandom(FitSeeds.derive(runSeed, FitSeeds.Purpose.REFERENCE_PERMUTATION, j)));
            for (int i = 0; i < rows; i++) {
                values[i][j] = matrix.values()[order[i]][j];
            }
        }
        return new BasisMatrix(matrix.respondentIds(), matrix.variableCodes(), values);
    }

    /** Fisher-Yates; written out because java.util.Collections.shuffle needs boxed lists and a java.util.Random. */
    private static void shuffle(int[] values, SplittableRandom random) {
        for (int i = values.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = values[i];
            values[i] = values[j];
            values[j] = swap;
        }
    }
}
