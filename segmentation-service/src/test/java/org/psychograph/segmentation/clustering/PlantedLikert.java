package org.psychograph.segmentation.clustering;

import java.util.SplittableRandom;

/**
 * A synthetic survey of 1..5 answers from planted segments that overlap: each segment's mean per item is uniform
 * in 1.5..4.5, each answer that mean plus noise of one scale point, rounded and clipped to the scale.
 */
public final class PlantedLikert {

    private PlantedLikert() {}

    /** Answers on a 1..5 scale from {@code segments} planted segments of equal expected size. */
    public static BasisMatrix generate(int rows, int items, int segments, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[][] means = new double[segments][items];
        for (double[] mean : means) {
            for (int j = 0; j < items; j++) {
                mean[j] = 1.5 + 3 * random.nextDouble();
            }
        }
        String[] ids = new String[rows];
        String[] codes = new String[items];
        for (int j = 0; j < items; j++) {
            codes[j] = "q" + (j + 1);
        }
        double[][] values = new double[rows][items];
        for (int i = 0; i < rows; i++) {
            ids[i] = "r" + i;
            double[] mean = means[random.nextInt(segments)];
            for (int j = 0; j < items; j++) {
                double answer = Math.round(mean[j] + gaussian(random));
                values[i][j] = Math.max(1, Math.min(5, answer));
            }
        }
        return new BasisMatrix(ids, codes, values);
    }

    private static double gaussian(SplittableRandom random) {
        double u = 1 - random.nextDouble();
        double v = random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }
}
