package org.psychograph.segmentation.clustering;

import java.util.SplittableRandom;

/**
 * Derives the seed of every random choice in a run from the run seed and the choice's coordinates (purpose, k,
 * index, attempt). A fit's seed therefore depends only on what the fit is, never on which thread or which task
 * batch runs it, which is what makes results identical across pool sizes and batchings.
 */
final class FitSeeds {

    enum Purpose { RESTART, BOOTSTRAP_SAMPLE, BOOTSTRAP_FIT, SILHOUETTE_SAMPLE }

    private FitSeeds() {
    }

    /**
     * Chains the coordinates through SplittableRandom's seed mixer (each {@code nextLong()} of a fresh
     * SplittableRandom is the SplitMix64 finaliser of its seed), so nearby coordinates give unrelated seeds.
     */
    static long derive(long runSeed, Purpose purpose, long... coordinates) {
        long h = new SplittableRandom(runSeed ^ (purpose.ordinal() + 1L) * 0x9E3779B97F4A7C15L).nextLong();
        for (long c : coordinates) {
            h = new SplittableRandom(h ^ c).nextLong();
        }
        return h;
    }
}
