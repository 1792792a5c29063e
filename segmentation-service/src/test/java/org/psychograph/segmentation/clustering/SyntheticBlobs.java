package org.psychograph.segmentation.clustering;

import java.util.SplittableRandom;

/**
 * Gaussian blobs with known membership: k centres spread over a cube with a guaranteed minimum gap, unit
 * standard deviation around each.
 */
public record SyntheticBlobs(BasisMatrix matrix, int[] truth) {

    /**
     * @param separation minimum distance between two centres, in standard deviations of the blobs
     */
    public static SyntheticBlobs generate(int rows, int dimensions, int k, double separation, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[][] centres = new double[k][dimensions];
        double side = separation * 2;
        for (int c = 0; c < k; c++) {
            boolean farEnough;
            do {
                for (int j = 0; j < dimensions; j++) {
                    centres[c][j] = random.nextDouble(-side, side);
                }
                farEnough = true;
                for (int other = 0; other < c; other++) {
                    if (Math.sqrt(DistanceMeasure.squaredEuclidean(centres[c], centres[other])) < separation) {
                        farEnough = false;
                    }
                }
            } while (!farEnough);
        }
        String[] ids = new String[rows];
        String[] codes = new String[dimensions];
        for (int j = 0; j < dimensions; j++) {
            codes[j] = "q" + (j + 1);
        }
        double[][] values = new double[rows][dimensions];
        int[] truth = new int[rows];
        for (int i = 0; i < rows; i++) {
            ids[i] = "r" + i;
            truth[i] = i % k;
            for (int j = 0; j < dimensions; j++) {
                values[i][j] = centres[truth[i]][j] + gaussian(random);
            }
        }
        return new SyntheticBlobs(new BasisMatrix(ids, codes, values), truth);
    }

    /** Box-Muller, so the data depend only on SplittableRandom's documented sequence. */
    private static double gaussian(SplittableRandom random) {
        double u = 1.0 - random.nextDouble();
        double v = random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }
}
