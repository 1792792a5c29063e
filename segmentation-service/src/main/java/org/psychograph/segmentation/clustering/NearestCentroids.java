package org.psychograph.segmentation.clustering;

/**
 * Assigns points to their nearest centroid, computed directly from the centroid arrays (several times faster than
 * Tribuo's single-threaded {@code predict}, same labels: first nearest centroid wins ties, as in Tribuo).
 */
public final class NearestCentroids {

    private final double[][] centroids;
    private final DistanceMeasure measure;

    public NearestCentroids(double[][] centroids, DistanceMeasure measure) {
        this.centroids = centroids;
        this.measure = measure;
    }

    public int nearest(double[] point) {
        int best = -1;
        double bestValue = Double.POSITIVE_INFINITY;
        for (int c = 0; c < centroids.length; c++) {
            double value = measure.rankingValue(point, centroids[c]);
            if (value < bestValue) {
                bestValue = value;
                best = c;
            }
        }
        return best;
    }

    /** The nearest centroid, the distance to it and the margin to the second nearest (infinite when k = 1). */
    public Placement place(double[] point) {
        int best = -1;
        double bestValue = Double.POSITIVE_INFINITY;
        double secondValue = Double.POSITIVE_INFINITY;
        for (int c = 0; c < centroids.length; c++) {
            double value = measure.rankingValue(point, centroids[c]);
            if (value < bestValue) {
                secondValue = bestValue;
                bestValue = value;
                best = c;
            } else if (value < secondValue) {
                secondValue = value;
            }
        }
        double distance = measure.fromRankingValue(bestValue);
        return new Placement(best, distance, measure.fromRankingValue(secondValue) - distance);
    }

    /** Fills each point's nearest centroid and the distance to it. */
    public void assign(double[][] points, int[] labels, double[] distances) {
        for (int i = 0; i < points.length; i++) {
            double[] point = points[i];
            int best = -1;
            double bestValue = Double.POSITIVE_INFINITY;
            for (int c = 0; c < centroids.length; c++) {
                double value = measure.rankingValue(point, centroids[c]);
                if (value < bestValue) {
                    bestValue = value;
                    best = c;
                }
            }
            labels[i] = best;
            distances[i] = measure.fromRankingValue(bestValue);
        }
    }

    public int[] labels(double[][] points) {
        int[] labels = new int[points.length];
        for (int i = 0; i < points.length; i++) {
            labels[i] = nearest(points[i]);
        }
        return labels;
    }
}
