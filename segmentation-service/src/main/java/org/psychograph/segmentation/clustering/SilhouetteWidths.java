package org.psychograph.segmentation.clustering;

/**
 * Silhouette widths of a set of rows (Rousseeuw 1987), the one quadratic part of a candidate's indices.
 *
 * <p>Why hand-written, and laid out like this: no statistics library on the classpath computes silhouettes, and a
 * 20,000 x 50 study spent a sixth of its CPU here with the straightforward loop, whose single running sum makes
 * every one of the 10,000 x 10,000 distances per k wait on the previous addition. The rows are copied once into
 * one flat array ordered by segment, so a row's distance sum to a segment is one contiguous scan with no label
 * lookup, and each distance adds in four independent partial sums. The result differs from the plain loop only
 * by floating-point rounding ({@code SilhouetteWidthsTest} compares them).
 */
final class SilhouetteWidths {

    private final DistanceMeasure distance;
    private final int width;
    /** The rows' values, row after row, segment 0's rows first (each segment in row order). */
    private final double[] values;
    /** Segment c's rows are positions segmentStart[c] until segmentStart[c + 1]. */
    private final int[] segmentStart;
    /** Squared norms per position, for the cosine distance only. */
    private final double[] squaredNorms;

    private SilhouetteWidths(
            DistanceMeasure distance, int width, double[] values, int[] segmentStart, double[] squaredNorms) {
        this.distance = distance;
        this.width = width;
        this.values = values;
        this.segmentStart = segmentStart;
        this.squaredNorms = squaredNorms;
    }

    /** Prepares the widths of {@code rows} (indices into the matrix) under {@code labels} (0..k-1). */
    static SilhouetteWidths of(BasisMatrix matrix, int[] labels, int k, int[] rows, DistanceMeasure distance) {
        int width = matrix.variables();
        int[] segmentStart = new int[k + 1];
        for (int row : rows) {
            segmentStart[labels[row] + 1]++;
        }
        for (int c = 0; c < k; c++) {
            segmentStart[c + 1] += segmentStart[c];
        }
        int[] next = segmentStart.clone();
        double[] values = new double[rows.length * width];
        for (int row : rows) {
            int position = next[labels[row]]++;
            System.arraycopy(matrix.row(row), 0, values, position * width, width);
        }
        double[] squaredNorms = null;
        if (distance == DistanceMeasure.COSINE) {
            squaredNorms = new double[rows.length];
            for (int p = 0; p < rows.length; p++) {
                squaredNorms[p] = dot(values, p * width, p * width, width);
            }
        }
        return new SilhouetteWidths(distance, width, values, segmentStart, squaredNorms);
    }

    /** Number of rows, and so of positions. */
    int size() {
        return segmentStart[segmentStart.length - 1];
    }

    /** The sum of the widths of positions {@code from} until {@code to}; a singleton's width is 0. */
    double sumOfWidths(int from, int to) {
        int k = segmentStart.length - 1;
        double[] distanceSums = new double[k];
        double sum = 0;
        int own = 0;
        for (int p = from; p < to; p++) {
            while (p >= segmentStart[own + 1]) {
                own++;
            }
            int ownSize = segmentStart[own + 1] - segmentStart[own];
            if (ownSize <= 1) {
                continue;
            }
            for (int c = 0; c < k; c++) {
                double total = 0;
                for (int q = segmentStart[c]; q < segmentStart[c + 1]; q++) {
                    total += between(p, q);
                }
                distanceSums[c] = total;
            }
            double within = distanceSums[own] / (ownSize - 1);
            double nearestOther = Double.POSITIVE_INFINITY;
            for (int c = 0; c < k; c++) {
                int size = segmentStart[c + 1] - segmentStart[c];
                if (c != own && size > 0) {
                    nearestOther = Math.min(nearestOther, distanceSums[c] / size);
                }
            }
            double larger = Math.max(within, nearestOther);
            sum += larger == 0 || Double.isInfinite(nearestOther) ? 0 : (nearestOther - within) / larger;
        }
        return sum;
    }

    private double between(int p, int q) {
        int a = p * width;
        int b = q * width;
        return switch (distance) {
            case L2 -> Math.sqrt(squaredDifference(values, a, b, width));
            case L1 -> absoluteDifference(values, a, b, width);
            case COSINE -> {
                if (squaredNorms[p] == 0 || squaredNorms[q] == 0) {
                    yield 1.0; // as DistanceMeasure: a zero vector is at distance 1 from everything
                }
                yield 1.0 - dot(values, a, b, width) / (Math.sqrt(squaredNorms[p]) * Math.sqrt(squaredNorms[q]));
            }
        };
    }

    private static double squaredDifference(double[] v, int a, int b, int width) {
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        int j = 0;
        for (; j + 3 < width; j += 4) {
            double d0 = v[a + j] - v[b + j];
            double d1 = v[a + j + 1] - v[b + j + 1];
            double d2 = v[a + j + 2] - v[b + j + 2];
            double d3 = v[a + j + 3] - v[b + j + 3];
            s0 += d0 * d0;
            s1 += d1 * d1;
            s2 += d2 * d2;
            s3 += d3 * d3;
        }
        for (; j < width; j++) {
            double d = v[a + j] - v[b + j];
            s0 += d * d;
        }
        return (s0 + s1) + (s2 + s3);
    }

    private static double absoluteDifference(double[] v, int a, int b, int width) {
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        int j = 0;
        for (; j + 3 < width; j += 4) {
            s0 += Math.abs(v[a + j] - v[b + j]);
            s1 += Math.abs(v[a + j + 1] - v[b + j + 1]);
            s2 += Math.abs(v[a + j + 2] - v[b + j + 2]);
            s3 += Math.abs(v[a + j + 3] - v[b + j + 3]);
        }
        for (; j < width; j++) {
            s0 += Math.abs(v[a + j] - v[b + j]);
        }
        return (s0 + s1) + (s2 + s3);
    }

    private static double dot(double[] v, int a, int b, int width) {
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        int j = 0;
        for (; j + 3 < width; j += 4) {
            s0 += v[a + j] * v[b + j];
            s1 += v[a + j + 1] * v[b + j + 1];
            s2 += v[a + j + 2] * v[b + j + 2];
            s3 += v[a + j + 3] * v[b + j + 3];
        }
        for (; j < width; j++) {
            s0 += v[a + j] * v[b + j];
        }
        return (s0 + s1) + (s2 + s3);
    }
}
