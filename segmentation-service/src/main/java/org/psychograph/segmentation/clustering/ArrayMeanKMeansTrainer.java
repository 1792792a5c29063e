package org.psychograph.segmentation.clustering;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ForkJoinPool;
import org.tribuo.clustering.kmeans.KMeansTrainer;
import org.tribuo.math.la.DenseVector;
import org.tribuo.math.la.SGDVector;

/**
 * Tribuo's k-means trainer (its k-means++ seeding, assignment step, convergence test and model) with the centroid
 * update done on plain arrays.
 *
 * <p>Why: profiling a 20,000 x 50 study showed Tribuo 4.3.2's M step taking as long as its assignment step, though
 * it does a k-th of the arithmetic: it adds each member to its centroid through a fresh lambda per member and
 * element. {@code mStep} is the extension point Tribuo leaves protected for this. The override performs the same
 * floating-point operations in the same order (per element: start at 0, add value x weight for each member in
 * list order, multiply by 1 / weight sum; an empty segment keeps the zero vector), so every fit is bit for bit the
 * one the stock trainer returns ({@code ArrayMeanKMeansTrainerTest} checks this).
 *
 * <p>One instance trains one model on one thread, as {@link KMeansFitter} uses it.
 */
final class ArrayMeanKMeansTrainer extends KMeansTrainer {

    /** The rows checked by {@link #allDense}: the same array for every iteration of one training call. */
    private SGDVector[] checkedVectors;

    private boolean dense;

    // fully qualified: inside a KMeansTrainer subclass "Distance" names Tribuo's older nested enum
    ArrayMeanKMeansTrainer(int centroids, int iterations, org.tribuo.math.distance.Distance distance, long seed) {
        super(centroids, iterations, distance, Initialisation.PLUSPLUS, 1, seed);
    }

    @Override
    protected void mStep(
            ForkJoinPool pool,
            DenseVector[] centroidVectors,
            Map<Integer, List<Integer>> clusterAssignments,
            SGDVector[] data,
            double[] weights) {
        if (pool != null || !allDense(data)) {
            super.mStep(pool, centroidVectors, clusterAssignments, data, weights); // parallel or sparse: as Tribuo
            return;
        }
        for (Map.Entry<Integer, List<Integer>> segment : clusterAssignments.entrySet()) {
            DenseVector centroid = centroidVectors[segment.getKey()];
            double[] sum = new double[centroid.size()];
            double weightSum = 0.0;
            for (Integer member : segment.getValue()) {
                int i = member;
                // DenseVector.get reads its array directly; reading Tribuo's own vectors (no copy) keeps the rows
                // the assignment step has just scanned in cache
                DenseVector row = (DenseVector) data[i];
                double weight = weights[i];
                for (int j = 0; j < sum.length; j++) {
                    sum[j] += row.get(j) * weight;
                }
                weightSum += weight;
            }
            if (weightSum != 0.0) {
                double scale = 1.0 / weightSum;
                for (int j = 0; j < sum.length; j++) {
                    sum[j] *= scale;
                }
            }
            for (int j = 0; j < sum.length; j++) {
                centroid.set(j, sum[j]);
            }
        }
    }

    /** Whether every row is dense, checked once per training call (the same array comes every iteration). */
    private boolean allDense(SGDVector[] data) {
        if (data != checkedVectors) {
            checkedVectors = data;
            dense = true;
            for (SGDVector row : data) {
                dense &= row instanceof DenseVector;
            }
        }
        return dense;
    }

    /** Visible for the equivalence test: whether the last M step took the array path. */
    boolean usedArrays() {
        return checkedVectors != null && dense;
    }

    @Override
    public String toString() {
        return "ArrayMeanKMeansTrainer(" + super.toString() + ")";
    }
}
