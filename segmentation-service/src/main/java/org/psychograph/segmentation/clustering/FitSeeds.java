package org.psychograph.segmentation.clustering;

import java.util.SplittableRandom;

/**
 * Derives the seed of every random choice in a run from the run seed and the choice's coordinates (purpose, k,
 * index, attempt). A fit's seed therefore depends only on what the fit is, never on which thread or which task
 * batch runs it, which is what makes results identical across pool sizes and batchings. Public so that a
 * single fit can be replayed outside a run (audits, benchmarks).
 * <ul>
 * <li>restart r of k, attempt a: {@code derive(seed, RESTART, k, r, a)}</li>
 * <li>bootstrap sample of replicate b, side s (0/1): {@code derive(seed, BOOTSTRAP_SAMPLE, b, s)}</li>
 * <li>restart r of that sample at k, attempt a: {@code derive(seed, BOOTSTRAP_FIT, k, b, s, r, a)}</li>
 * <li>silhouette sample at k: {@code derive(seed, SILHOUETTE_SAMPLE, k)}</li>
 * <li>the permutation of basis column j in the structureless reference: {@code derive(seed, REFERENCE_PERMUTATION, j)}</li>
 * </ul>
 */
public final class FitSeeds {

    public enum Purpose {
        RESTART,
        BOOTSTRAP_SAMPLE,
        BOOTSTRAP_FIT,
        SILHOUETTE_SAMPLE,
        // appended, never inserted: the ordinal is part of every seed, so earlier purposes keep their seeds
        REFERENCE_PERMUTATION
    }

    private FitSeeds() {}

    /**
     * Chains the coordinates through SplittableRandom's seed mixer (each {@code nextLong()} of a fresh
     * SplittableRandom is the SplitMix64 finaliser of its seed), so nearby coordinates give unrelated seeds.
     */
    public static long derive(long runSeed, Purpose purpose, long... coordinates) {
        long h = new SplittableRandom(runSeed ^ (purpose.ordinal() + 1L) * 0x9E3779B97F4A7C15L).nextLong();
        for (long c : coordinates) {
            h = new SplittableRandom(h ^ c).nextLong();
        }
        return h;
    }

    /**
     * The rows of bootstrap sample {@code side} (0 or 1) of a replicate: n draws with replacement. It depends on
     * (replicate, side) only, not on k: like flexclust, every k sees the same samples, so differences between k
     * are not resampling noise.
     */
    public static int[] bootstrapRows(long runSeed, int replicate, int side, int n) {
        return bootstrapRows(runSeed, replicate, side, n, n);
    }

    /**
     * As {@link #bootstrapRows(long, int, int, int)} with {@code size} draws from the n rows (an m-out-of-n
     * bootstrap, {@link ClusteringConfig#bootstrapSampleSize}). The draws are the first {@code size} of the n-draw
     * sample's, so a sample of size n is exactly the classic one.
     */
    public static int[] bootstrapRows(long runSeed, int replicate, int side, int n, int size) {
        if (size < 1 || size > n) {
            throw new IllegalArgumentException("a bootstrap sample of " + size + " draws from " + n + " rows");
        }
        SplittableRandom random = new SplittableRandom(derive(runSeed, Purpose.BOOTSTRAP_SAMPLE, replicate, side));
        int[] rows = new int[size];
        for (int i = 0; i < size; i++) {
            rows[i] = random.nextInt(n);
        }
        return rows;
    }
}
