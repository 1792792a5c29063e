package org.psychograph.segmentation.clustering.tracking;

import java.util.SplittableRandom;

/** Random orders for the tests: relabelled segments, shuffled respondents. */
final class Permutations {

    private Permutations() {}

    /** 0..n-1 in a random order (Fisher-Yates). */
    static int[] shuffled(int n, SplittableRandom random) {
        int[] values = new int[n];
        for (int i = 0; i < n; i++) {
            values[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = values[i];
            values[i] = values[j];
            values[j] = swap;
        }
        return values;
    }
}
