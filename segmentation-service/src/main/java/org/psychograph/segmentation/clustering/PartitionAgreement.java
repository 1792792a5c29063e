package org.psychograph.segmentation.clustering;

/**
 * Agreement between two partitions of the same rows, from their contingency table. Written here because Tribuo
 * only offers (adjusted) mutual information; both measures are a few lines over the table.
 */
public final class PartitionAgreement {

    private PartitionAgreement() {}

    /**
     * The adjusted Rand index of Hubert and Arabie (1985), as flexclust's {@code randIndex(correct = TRUE)}:
     * 1 for identical partitions, about 0 for chance agreement.
     */
    public static double adjustedRandIndex(int[] first, int firstK, int[] second, int secondK) {
        return adjustedRandIndex(contingency(first, firstK, second, secondK, null));
    }

    /**
     * The adjusted Rand index from the contingency table of two partitions (rows: the first partition's segments,
     * columns: the second's; at least two rows counted in all). Public so that run comparison can compute it from a
     * migration table tallied while streaming, without holding both partitions as arrays.
     */
    public static double adjustedRandIndex(long[][] table) {
        int firstK = table.length;
        int secondK = firstK == 0 ? 0 : table[0].length;
        double sumCells = 0;
        double total = 0;
        double[] rowSums = new double[firstK];
        double[] columnSums = new double[secondK];
        for (int a = 0; a < firstK; a++) {
            for (int b = 0; b < secondK; b++) {
                long count = table[a][b];
                sumCells += pairs(count);
                rowSums[a] += count;
                columnSums[b] += count;
                total += count;
            }
        }
        double sumRows = 0;
        for (double r : rowSums) {
            sumRows += pairs(r);
        }
        double sumColumns = 0;
        for (double c : columnSums) {
            sumColumns += pairs(c);
        }
        double expected = sumRows * sumColumns / pairs(total);
        double maximum = (sumRows + sumColumns) / 2;
        if (maximum == expected) {
            // Both partitions are a single block: they agree completely.
            return 1.0;
        }
        return (sumCells - expected) / (maximum - expected);
    }

    /**
     * For each segment of {@code reference}: the highest Jaccard coefficient |A ∩ B| / |A ∪ B| with any segment B
     * of {@code other}, counting only the given rows (each once). A reference segment absent from those rows
     * gets NaN.
     */
    static double[] bestJaccardPerSegment(int[] reference, int referenceK, int[] other, int otherK, int[] rows) {
        long[][] table = contingency(reference, referenceK, other, otherK, rows);
        long[] referenceSizes = new long[referenceK];
        long[] otherSizes = new long[otherK];
        for (int a = 0; a < referenceK; a++) {
            for (int b = 0; b < otherK; b++) {
                referenceSizes[a] += table[a][b];
                otherSizes[b] += table[a][b];
            }
        }
        double[] best = new double[referenceK];
        for (int a = 0; a < referenceK; a++) {
            if (referenceSizes[a] == 0) {
                best[a] = Double.NaN;
                continue;
            }
            for (int b = 0; b < otherK; b++) {
                double jaccard = (double) table[a][b] / (referenceSizes[a] + otherSizes[b] - table[a][b]);
                best[a] = Math.max(best[a], jaccard);
            }
        }
        return best;
    }

    private static long[][] contingency(int[] first, int firstK, int[] second, int secondK, int[] rows) {
        if (first.length != second.length) {
            throw new IllegalArgumentException("partitions of different lengths");
        }
        long[][] table = new long[firstK][secondK];
        if (rows == null) {
            for (int i = 0; i < first.length; i++) {
                table[first[i]][second[i]]++;
            }
        } else {
            for (int i : rows) {
                table[first[i]][second[i]]++;
            }
        }
        return table;
    }

    private static double pairs(double count) {
        return count * (count - 1) / 2;
    }
}
