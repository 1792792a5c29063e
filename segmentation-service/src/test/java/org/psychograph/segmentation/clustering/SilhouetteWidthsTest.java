package org.psychograph.segmentation.clustering;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The packed silhouette kernel against the definition written out plainly (Rousseeuw 1987: a = mean distance to
 * the rest of the own segment, b = smallest mean distance to another segment, width (b - a) / max(a, b), 0 for a
 * singleton), for every distance, on sampled rows, with a singleton segment and with a segment absent from the
 * sample.
 */
class SilhouetteWidthsTest {

    @Test
    void twoPairsOnALineHaveTheHandComputedWidths() {
        BasisMatrix line = matrix(new double[][] {{0}, {1}, {10}, {11}});
        int[] labels = {0, 0, 1, 1};
        SilhouetteWidths widths = SilhouetteWidths.of(line, labels, 2, new int[] {0, 1, 2, 3}, DistanceMeasure.L2);
        // points 0 and 11: a = 1, b = 10.5; points 1 and 10: a = 1, b = 9.5
        double expected = (2 * (9.5 / 10.5) + 2 * (8.5 / 9.5)) / 4;
        assertEquals(expected, widths.sumOfWidths(0, 4) / 4, 1e-15);
        assertEquals(9.5 / 10.5 + 8.5 / 9.5, widths.sumOfWidths(0, 2), 1e-15);
    }

    @Test
    void everyDistanceMatchesThePlainDefinitionOnSampledRows() {
        BasisMatrix matrix = PlantedLikert.generate(600, 13, 4, 31); // 13 columns: the kernel's remainder loop too
        SplittableRandom random = new SplittableRandom(4);
        int[] labels = new int[matrix.rows()];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = random.nextInt(4);
        }
        int[] sample =
                random.ints(0, matrix.rows()).distinct().limit(250).sorted().toArray();
        assertEveryDistanceMatchesTheDefinition(matrix, labels, 4, sample);
    }

    @Test
    void aSingletonCountsZeroAndAnAbsentSegmentIsNeverTheNearest() {
        BasisMatrix matrix = matrix(new double[][] {{0, 0}, {0, 1}, {5, 5}, {9, 9}, {9, 8}, {0, 0.5}, {100, 100}});
        // segment 1 holds the single row 2; segment 3 only row 6, which is left out of the sample
        int[] labels = {0, 0, 1, 2, 2, 0, 3};
        int[] sample = {0, 1, 2, 3, 4, 5};
        assertEveryDistanceMatchesTheDefinition(matrix, labels, 4, sample);
    }

    private static void assertEveryDistanceMatchesTheDefinition(BasisMatrix matrix, int[] labels, int k, int[] sample) {
        for (DistanceMeasure distance : DistanceMeasure.values()) {
            SilhouetteWidths widths = SilhouetteWidths.of(matrix, labels, k, sample, distance);
            assertEquals(
                    plainMean(matrix, labels, k, distance, sample),
                    widths.sumOfWidths(0, widths.size()) / sample.length,
                    1e-12,
                    distance.name());
            // chunks of three positions (as the executor splits the work, crossing segment boundaries) add up
            double chunked = 0;
            for (int from = 0; from < widths.size(); from += 3) {
                chunked += widths.sumOfWidths(from, Math.min(widths.size(), from + 3));
            }
            assertEquals(widths.sumOfWidths(0, widths.size()), chunked, 1e-9, distance.name() + " in chunks");
        }
    }

    /** The definition, one row and one distance at a time. */
    private static double plainMean(BasisMatrix matrix, int[] labels, int k, DistanceMeasure distance, int[] rows) {
        int[] sizes = new int[k];
        for (int row : rows) {
            sizes[labels[row]]++;
        }
        double sum = 0;
        for (int i : rows) {
            double[] toSegment = new double[k];
            for (int j : rows) {
                toSegment[labels[j]] += distance.between(matrix.row(i), matrix.row(j));
            }
            int own = labels[i];
            if (sizes[own] <= 1) {
                continue;
            }
            double a = toSegment[own] / (sizes[own] - 1);
            double b = Double.POSITIVE_INFINITY;
            for (int c = 0; c < k; c++) {
                if (c != own && sizes[c] > 0) {
                    b = Math.min(b, toSegment[c] / sizes[c]);
                }
            }
            sum += (b - a) / Math.max(a, b);
        }
        return sum / rows.length;
    }

    private static BasisMatrix matrix(double[][] values) {
        String[] ids = new String[values.length];
        Arrays.setAll(ids, i -> "r" + i);
        String[] codes = new String[values[0].length];
        Arrays.setAll(codes, j -> "q" + j);
        return new BasisMatrix(ids, codes, values);
    }
}
