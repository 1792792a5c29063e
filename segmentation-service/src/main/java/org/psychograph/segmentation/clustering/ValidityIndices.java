package org.psychograph.segmentation.clustering;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import org.psychograph.segmentation.clustering.FitSeeds.Purpose;

/**
 * Internal validity indices of a partition, which Tribuo does not offer. Calinski-Harabasz and Davies-Bouldin are
 * defined on Euclidean geometry and computed that way whatever the run's distance; the silhouette uses the run's
 * distance.
 */
final class ValidityIndices {

    /** Up to this many rows the silhouette is exact; above, it is computed on a seeded sample of this size. */
    static final int SILHOUETTE_EXACT_LIMIT = 10_000;

    private static final int CHUNK = 256;

    /**
     * @param silhouette           mean silhouette width (-1..1, higher is better)
     * @param silhouetteSampleSize rows the silhouette was computed on (all rows up to the exact limit)
     * @param calinskiHarabasz     between- over within-segment dispersion, scaled by degrees of freedom (higher is
     *                             better)
     * @param daviesBouldin        mean worst-case ratio of within-segment scatter to centroid separation (lower is
     *                             better)
     */
    record Values(double silhouette, int silhouetteSampleSize, double calinskiHarabasz, double daviesBouldin) {}

    private ValidityIndices() {}

    /**
     * Computes the indices of {@code labels} (segments 0..k-1) on the matrix; the silhouette, the one quadratic
     * part, runs in row chunks on the executor.
     */
    static Values compute(
            BasisMatrix matrix, int[] labels, int k, DistanceMeasure distance, long runSeed, ExecutorService executor) {
        double[][] means = segmentMeans(matrix, labels, k);
        int[] sizes = sizes(labels, k);
        int[] sample = silhouetteRows(matrix.rows(), k, runSeed);
        double silhouette = silhouette(matrix, labels, k, distance, sample, executor);
        return new Values(
                silhouette,
                sample.length,
                calinskiHarabasz(matrix, labels, means, sizes),
                daviesBouldin(matrix, labels, means, sizes));
    }

    private static int[] silhouetteRows(int n, int k, long runSeed) {
        if (n <= SILHOUETTE_EXACT_LIMIT) {
            int[] all = new int[n];
            for (int i = 0; i < n; i++) {
                all[i] = i;
            }
            return all;
        }
        // Partial Fisher-Yates: a uniform sample without replacement, reproducible from the run seed.
        SplittableRandom random = new SplittableRandom(FitSeeds.derive(runSeed, Purpose.SILHOUETTE_SAMPLE, k));
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        for (int i = 0; i < SILHOUETTE_EXACT_LIMIT; i++) {
            int j = i + random.nextInt(n - i);
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
        int[] sample = Arrays.copyOf(order, SILHOUETTE_EXACT_LIMIT);
        Arrays.sort(sample);
        return sample;
    }

    private static double silhouette(
            BasisMatrix matrix, int[] labels, int k, DistanceMeasure distance, int[] rows, ExecutorService executor) {
        SilhouetteWidths widths = SilhouetteWidths.of(matrix, labels, k, rows, distance);
        List<Callable<Double>> chunks = new ArrayList<>();
        for (int from = 0; from < widths.size(); from += CHUNK) {
            int start = from;
            int end = Math.min(widths.size(), from + CHUNK);
            chunks.add(() -> widths.sumOfWidths(start, end));
        }
        double sum = 0;
        for (double chunkSum : OrderedExecution.run(executor, chunks)) {
            sum += chunkSum;
        }
        return sum / rows.length;
    }

    private static double calinskiHarabasz(BasisMatrix matrix, int[] labels, double[][] means, int[] sizes) {
        int n = matrix.rows();
        int k = means.length;
        if (n <= k) {
            return Double.NaN;
        }
        double[] overall = new double[matrix.variables()];
        for (double[] row : matrix.values()) {
            for (int j = 0; j < row.length; j++) {
                overall[j] += row[j] / n;
            }
        }
        double between = 0;
        for (int c = 0; c < k; c++) {
            between += sizes[c] * DistanceMeasure.squaredEuclidean(means[c], overall);
        }
        double within = 0;
        for (int i = 0; i < n; i++) {
            within += DistanceMeasure.squaredEuclidean(matrix.row(i), means[labels[i]]);
        }
        return within == 0 ? Double.POSITIVE_INFINITY : (between / (k - 1)) / (within / (n - k));
    }

    private static double daviesBouldin(BasisMatrix matrix, int[] labels, double[][] means, int[] sizes) {
        int k = means.length;
        double[] scatter = new double[k];
        for (int i = 0; i < matrix.rows(); i++) {
            scatter[labels[i]] += Math.sqrt(DistanceMeasure.squaredEuclidean(matrix.row(i), means[labels[i]]));
        }
        for (int c = 0; c < k; c++) {
            scatter[c] = sizes[c] == 0 ? 0 : scatter[c] / sizes[c];
        }
        double sum = 0;
        for (int a = 0; a < k; a++) {
            double worst = 0;
            for (int b = 0; b < k; b++) {
                if (a != b) {
                    double separation = Math.sqrt(DistanceMeasure.squaredEuclidean(means[a], means[b]));
                    worst = Math.max(
                            worst, separation == 0 ? Double.POSITIVE_INFINITY : (scatter[a] + scatter[b]) / separation);
                }
            }
            sum += worst;
        }
        return sum / k;
    }

    static double[][] segmentMeans(BasisMatrix matrix, int[] labels, int k) {
        double[][] sums = new double[k][matrix.variables()];
        int[] sizes = sizes(labels, k);
        for (int i = 0; i < matrix.rows(); i++) {
            double[] row = matrix.row(i);
            double[] sum = sums[labels[i]];
            for (int j = 0; j < row.length; j++) {
                sum[j] += row[j];
            }
        }
        for (int c = 0; c < k; c++) {
            for (int j = 0; j < sums[c].length; j++) {
                sums[c][j] = sizes[c] == 0 ? Double.NaN : sums[c][j] / sizes[c];
            }
        }
        return sums;
    }

    static int[] sizes(int[] labels, int k) {
        int[] sizes = new int[k];
        for (int label : labels) {
            sizes[label]++;
        }
        return sizes;
    }
}
