package org.psychograph.segmentation.clustering;

import org.tribuo.math.distance.DistanceType;

/**
 * The distance a run clusters with. Each value maps to Tribuo's {@link DistanceType}, and computes the same
 * distance on plain arrays so that assignments, within-segment sums and the {@link Assigner} need no Tribuo
 * objects per row.
 */
public enum DistanceMeasure {
    /** Euclidean distance, the k-means default. */
    L2(DistanceType.L2),
    /** One minus the cosine similarity (Tribuo's definition); a zero vector is at distance 1 from everything. */
    COSINE(DistanceType.COSINE),
    /** Manhattan distance. */
    L1(DistanceType.L1);

    private final DistanceType tribuoType;

    DistanceMeasure(DistanceType tribuoType) {
        this.tribuoType = tribuoType;
    }

    public DistanceType tribuoType() {
        return tribuoType;
    }

    /** The distance between two points of the same length. */
    public double between(double[] a, double[] b) {
        return fromRankingValue(rankingValue(a, b));
    }

    /**
     * A value that orders pairs exactly as the distance does but is cheaper to compute (the squared distance
     * for L2), used to find nearest centroids without a square root per comparison.
     */
    double rankingValue(double[] a, double[] b) {
        return switch (this) {
            case L2 -> squaredEuclidean(a, b);
            case L1 -> manhattan(a, b);
            case COSINE -> cosineDistance(a, b);
        };
    }

    double fromRankingValue(double value) {
        return this == L2 ? Math.sqrt(value) : value;
    }

    static double squaredEuclidean(double[] a, double[] b) {
        double sum = 0;
        for (int j = 0; j < a.length; j++) {
            double d = a[j] - b[j];
            sum += d * d;
        }
        return sum;
    }

    private static double manhattan(double[] a, double[] b) {
        double sum = 0;
        for (int j = 0; j < a.length; j++) {
            sum += Math.abs(a[j] - b[j]);
        }
        return sum;
    }

    private static double cosineDistance(double[] a, double[] b) {
        double dot = 0;
        double normA = 0;
        double normB = 0;
        for (int j = 0; j < a.length; j++) {
            dot += a[j] * b[j];
            normA += a[j] * a[j];
            normB += b[j] * b[j];
        }
        if (normA == 0 || normB == 0) {
            return 1.0;
        }
        return 1.0 - dot / (Math.sqrt(normA) * Math.sqrt(normB));
    }
}
