package org.psychograph.segmentation.clustering.tracking;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.psychograph.segmentation.clustering.BasisDataset;
import org.psychograph.segmentation.clustering.BasisMatrix;
import org.psychograph.segmentation.clustering.ClusteringConfig;
import org.psychograph.segmentation.clustering.ClusteringEngine;
import org.psychograph.segmentation.clustering.ClusteringTask;
import org.psychograph.segmentation.clustering.ClusteringTaskResult;
import org.psychograph.segmentation.clustering.DistanceMeasure;
import org.psychograph.segmentation.clustering.NearestCentroids;
import org.psychograph.segmentation.clustering.RunControl;

/**
 * A k-means model fitted as a run fits one (the engine's k-means++ restarts, the lowest within-segment sum of
 * squares kept), with its own respondents' assignments and distances.
 */
record FittedModel(double[][] centres, int[] labels, double[] distances) {

    static FittedModel fit(double[][] rows, int k, long seed) {
        String[] ids = new String[rows.length];
        String[] codes = new String[rows[0].length];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = "r" + i;
        }
        for (int j = 0; j < codes.length; j++) {
            codes[j] = "q" + (j + 1);
        }
        ClusteringConfig config = ClusteringConfig.forFixedK(k, seed);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            ClusteringEngine engine = new ClusteringEngine(
                    new BasisDataset(new BasisMatrix(ids, codes, rows)), config, pool, RunControl.none());
            ClusteringTaskResult best = engine.run(new ClusteringTask(k, 0, config.restarts()));
            double[][] centres = best.centroids();
            int[] labels = new int[rows.length];
            double[] distances = new double[rows.length];
            new NearestCentroids(centres, DistanceMeasure.L2).assign(rows, labels, distances);
            return new FittedModel(centres, labels, distances);
        } finally {
            pool.shutdownNow();
        }
    }

    NearestCentroids placer() {
        return new NearestCentroids(centres, DistanceMeasure.L2);
    }

    int k() {
        return centres.length;
    }

    /** The model segment holding most rows of each true group (truth 0..groups-1; -1 for a group with no rows). */
    int[] segmentOfTruth(int[] truth, int groups) {
        int[][] counts = new int[groups][k()];
        for (int i = 0; i < labels.length; i++) {
            counts[truth[i]][labels[i]]++;
        }
        int[] segment = new int[groups];
        for (int t = 0; t < groups; t++) {
            int best = -1;
            int bestCount = 0;
            for (int s = 0; s < k(); s++) {
                if (counts[t][s] > bestCount) {
                    bestCount = counts[t][s];
                    best = s;
                }
            }
            segment[t] = best;
        }
        return segment;
    }
}
