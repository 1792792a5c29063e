package org.psychograph.segmentation.clustering;

import com.oracle.labs.mlrg.olcut.util.Pair;
import java.util.Collections;
import java.util.function.IntToLongFunction;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.tribuo.Dataset;
import org.tribuo.clustering.ClusterID;
import org.tribuo.clustering.kmeans.KMeansModel;
import org.tribuo.clustering.kmeans.KMeansTrainer;

/**
 * Runs single Tribuo k-means fits (k-means++ seeding, one thread each, the centroid update on arrays:
 * {@link ArrayMeanKMeansTrainer}) and rejects the fits Tribuo gets wrong
 * silently: when a cluster loses all its members Tribuo leaves its centroid as an all-zero vector and still
 * returns k clusters. Such a fit is retried with the next derived seed, a bounded number of times.
 */
final class KMeansFitter {

    /** Attempts per fit before it counts as failed (e.g. k above the number of distinct points). */
    static final int MAX_ATTEMPTS = 10;

    /**
     * Tribuo logs one INFO line per iteration. Held in a static field because java.util.logging keeps loggers
     * only weakly and would otherwise forget the level.
     */
    private static final Logger TRIBUO_KMEANS_LOGGER = Logger.getLogger(KMeansTrainer.class.getName());

    static {
        TRIBUO_KMEANS_LOGGER.setLevel(Level.WARNING);
    }

    private final BasisDataset data;
    private final ClusteringConfig config;

    KMeansFitter(BasisDataset data, ClusteringConfig config) {
        this.data = data;
        this.config = config;
    }

    /** Outcome of one fit slot: the accepted fit (null when every attempt was rejected) and the rejections. */
    record Outcome(KMeansFit fit, int rejectedAttempts) {
        boolean succeeded() {
            return fit != null;
        }
    }

    /**
     * Fits k clusters on {@code trainingSet}, whose rows are {@code trainingRows} of the matrix (null: all rows,
     * in order). Attempt a uses seed {@code seedOfAttempt.applyAsLong(a)}.
     */
    Outcome fit(int k, Dataset<ClusterID> trainingSet, int[] trainingRows, IntToLongFunction seedOfAttempt) {
        if (k > trainingSet.size()) {
            return new Outcome(null, 0); // fewer rows than segments: nothing to try
        }
        int rejected = 0;
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            long seed = seedOfAttempt.applyAsLong(attempt);
            KMeansTrainer trainer = new ArrayMeanKMeansTrainer(
                    k, config.maxIterations(), config.distance().tribuoType().getDistance(), seed);
            // A fresh trainer per fit plus an explicit invocation count: the result depends on the seed alone,
            // not on how many fits ran before on this thread.
            KMeansModel model = trainer.train(trainingSet, Collections.emptyMap(), 0);
            KMeansFit fit = accept(model, trainingRows, seed);
            if (fit != null) {
                return new Outcome(fit, rejected);
            }
            rejected++;
        }
        return new Outcome(null, rejected);
    }

    /**
     * Accepts a fit only if every cluster has members, both in Tribuo's last assignment (an empty one there got
     * the zero centroid) and by nearest centroid over the training rows. One pass assigns every matrix row: the
     * within-segment sums over the training rows come from it, and bootstrap replicates reuse its labels for the
     * comparison over all rows, so no second pass is needed.
     */
    private KMeansFit accept(KMeansModel model, int[] trainingRows, long seed) {
        for (Pair<String, Long> count : model.getOutputIDInfo().outputCountsIterable()) {
            if (count.getB() == 0L) {
                return null;
            }
        }
        double[][] centroids =
                BasisDataset.centroidsInColumnOrder(model.getCentroidVectors(), data.featureIdOfColumn());
        double[][] values = data.matrix().values();
        int[] labels = new int[values.length];
        double[] distances = new double[values.length];
        new NearestCentroids(centroids, config.distance()).assign(values, labels, distances);
        int[] members = new int[centroids.length];
        double squareSum = 0;
        double distanceSum = 0;
        int n = trainingRows == null ? values.length : trainingRows.length;
        for (int t = 0; t < n; t++) {
            int row = trainingRows == null ? t : trainingRows[t];
            members[labels[row]]++;
            squareSum += distances[row] * distances[row];
            distanceSum += distances[row];
        }
        for (int m : members) {
            if (m == 0) {
                return null;
            }
        }
        return new KMeansFit(centroids, labels, squareSum, distanceSum, seed, model);
    }
}
