package org.psychograph.segmentation.clustering.tracking;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.psychograph.segmentation.clustering.SyntheticBlobs;

/**
 * A population of four Gaussian blobs: the fitting data holds blobs 0..2 in equal numbers; waves are fresh draws
 * with chosen shares of the blobs, blob 3 being a segment the model never saw.
 */
final class BlobWaves {

    static final int KNOWN = 3;
    static final int BLOBS = 4;
    private static final int FITTING_PER_BLOB = 1000;
    private static final int WAVE_POOL_PER_BLOB = 1500;

    private final double[][] fitting;
    private final int[] fittingTruth;
    private final List<List<double[]>> wavePools = new ArrayList<>();

    BlobWaves(int dimensions, double separation, long seed) {
        int fittingRows = BLOBS * FITTING_PER_BLOB;
        SyntheticBlobs blobs =
                SyntheticBlobs.generate(fittingRows + BLOBS * WAVE_POOL_PER_BLOB, dimensions, BLOBS, separation, seed);
        int[] truth = blobs.truth();
        List<double[]> rows = new ArrayList<>();
        List<Integer> rowTruth = new ArrayList<>();
        for (int t = 0; t < BLOBS; t++) {
            wavePools.add(new ArrayList<>());
        }
        for (int i = 0; i < truth.length; i++) {
            if (i >= fittingRows) {
                wavePools.get(truth[i]).add(blobs.matrix().row(i));
            } else if (truth[i] < KNOWN) {
                rows.add(blobs.matrix().row(i));
                rowTruth.add(truth[i]);
            }
        }
        fitting = rows.toArray(double[][]::new);
        fittingTruth = rowTruth.stream().mapToInt(Integer::intValue).toArray();
    }

    double[][] fitting() {
        return fitting;
    }

    int[] fittingTruth() {
        return fittingTruth;
    }

    /** A wave of {@code size} respondents, each from blob t with probability {@code shares[t]}, unseen rows. */
    double[][] wave(int size, double[] shares, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int[] used = new int[BLOBS];
        double[][] wave = new double[size][];
        for (int i = 0; i < size; i++) {
            double u = random.nextDouble();
            int blob = 0;
            double cumulative = shares[0];
            while (u >= cumulative && blob < BLOBS - 1) {
                blob++;
                cumulative += shares[blob];
            }
            wave[i] = wavePools.get(blob).get(used[blob]++);
        }
        return wave;
    }
}
