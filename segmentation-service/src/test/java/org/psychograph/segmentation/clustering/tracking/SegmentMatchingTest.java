package org.psychograph.segmentation.clustering.tracking;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SegmentMatchingTest {

    @Test
    void findsTheCheapestPairingOfRandomMatricesAsBruteForceDoesSquareOrNot() {
        SplittableRandom random = new SplittableRandom(42);
        for (int trial = 0; trial < 400; trial++) {
            int rows = 1 + random.nextInt(7);
            int columns = 1 + random.nextInt(7);
            double[][] cost = new double[rows][columns];
            for (double[] row : cost) {
                for (int j = 0; j < columns; j++) {
                    // a few integer costs too, so ties occur
                    row[j] = trial % 3 == 0 ? random.nextInt(4) : random.nextDouble() * 10;
                }
            }
            int[] pairing = SegmentMatching.minimumCost(cost);
            assertValidPairing(pairing, rows, columns);
            double best = bruteForce(cost, 0, new boolean[columns], Math.min(rows, columns));
            assertEquals(
                    best,
                    SegmentMatching.totalCost(cost, pairing),
                    1e-9,
                    "trial " + trial + ": " + rows + " x " + columns);
        }
    }

    @Test
    void recoversAPlantedPermutation() {
        SplittableRandom random = new SplittableRandom(7);
        int k = 12;
        int[] permutation = Permutations.shuffled(k, random);
        double[][] cost = new double[k][k];
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                cost[i][j] = j == permutation[i] ? random.nextDouble() : 1 + random.nextDouble();
            }
        }
        assertArrayEquals(permutation, SegmentMatching.minimumCost(cost));
    }

    private static void assertValidPairing(int[] pairing, int rows, int columns) {
        assertEquals(rows, pairing.length);
        boolean[] taken = new boolean[columns];
        int pairs = 0;
        for (int column : pairing) {
            if (column >= 0) {
                assertTrue(column < columns && !taken[column], "each column at most once");
                taken[column] = true;
                pairs++;
            }
        }
        assertEquals(Math.min(rows, columns), pairs);
    }

    /**
     * The cheapest total over all ways of pairing min(rows, columns) rows with distinct columns: each row either
     * takes a free column or, while enough rows remain to fill the pairs, stays unpaired.
     */
    private static double bruteForce(double[][] cost, int row, boolean[] taken, int pairsLeft) {
        if (pairsLeft == 0) {
            return 0;
        }
        if (cost.length - row < pairsLeft) {
            return Double.POSITIVE_INFINITY;
        }
        double best = bruteForce(cost, row + 1, taken, pairsLeft); // this row unpaired
        for (int j = 0; j < taken.length; j++) {
            if (!taken[j]) {
                taken[j] = true;
                best = Math.min(best, cost[row][j] + bruteForce(cost, row + 1, taken, pairsLeft - 1));
                taken[j] = false;
            }
        }
        return best;
    }
}
