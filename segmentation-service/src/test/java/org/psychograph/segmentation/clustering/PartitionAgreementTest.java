package org.psychograph.segmentation.clustering;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class PartitionAgreementTest {

    @Test
    void identicalPartitionsUnderAnyNumberingHaveAdjustedRandOne() {
        int[] first = {0, 0, 1, 1, 2, 2, 2};
        int[] renumbered = {2, 2, 0, 0, 1, 1, 1};
        assertEquals(1.0, PartitionAgreement.adjustedRandIndex(first, 3, renumbered, 3), 1e-12);
    }

    @Test
    void adjustedRandMatchesTheHubertArabieValue() {
        // Worked example: table [[2,1,0],[0,1,2]]; sum C(nij,2) = 2, rows 3+3, columns 1+1+1, C(6,2) = 15,
        // expected = 6 * 3 / 15 = 1.2, max = 4.5, ARI = (2 - 1.2) / (4.5 - 1.2) = 0.2424...
        int[] truth = {0, 0, 0, 1, 1, 1};
        int[] found = {0, 0, 1, 1, 2, 2};
        assertEquals(0.8 / 3.3, PartitionAgreement.adjustedRandIndex(truth, 2, found, 3), 1e-12);
    }

    @Test
    void unrelatedPartitionsScoreAboutZero() {
        int n = 20_000;
        int[] first = new int[n];
        int[] second = new int[n];
        java.util.SplittableRandom random = new SplittableRandom(3);
        for (int i = 0; i < n; i++) {
            first[i] = random.nextInt(4);
            second[i] = random.nextInt(4);
        }
        assertTrue(Math.abs(PartitionAgreement.adjustedRandIndex(first, 4, second, 4)) < 0.01);
    }

    @Test
    void jaccardFindsTheBestMatchOnTheGivenRowsOnly() {
        int[] reference = {0, 0, 0, 0, 1, 1, 1, 1};
        int[] other = {1, 1, 1, 0, 0, 0, 0, 0};
        // all rows: segment 0 = {0,1,2,3} best matches other 1 = {0,1,2}: 3/4; segment 1 = {4..7} vs other 0 =
        // {3..7}: 4/5
        assertArrayEquals(
                new double[] {0.75, 0.8},
                PartitionAgreement.bestJaccardPerSegment(reference, 2, other, 2, new int[] {0, 1, 2, 3, 4, 5, 6, 7}),
                1e-12);
        // without row 3 the two partitions agree exactly
        assertArrayEquals(
                new double[] {1.0, 1.0},
                PartitionAgreement.bestJaccardPerSegment(reference, 2, other, 2, new int[] {0, 1, 2, 4, 5, 6, 7}),
                1e-12);
    }
}
