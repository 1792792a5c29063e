package org.psychograph.segmentation.clustering.tracking;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * Where the respondents of two runs went: counts per (segment in run A, segment in run B) over the respondents in
 * both. Filled pair by pair (for instance from a database join streamed in id order) or from two sets of
 * assignments ({@link #of}).
 */
public final class MigrationTally {

    private final long[][] counts;

    public MigrationTally(int kA, int kB) {
        if (kA < 1 || kB < 1) {
            throw new IllegalArgumentException("both runs need at least one segment");
        }
        this.counts = new long[kA][kB];
    }

    /** One respondent in both runs: its segment in A and in B (0-based). */
    public void add(int segmentA, int segmentB) {
        if (segmentA < 0 || segmentA >= counts.length || segmentB < 0 || segmentB >= counts[0].length) {
            throw new IllegalArgumentException("segment pair (" + segmentA + ", " + segmentB + ") outside "
                    + counts.length + " x " + counts[0].length);
        }
        counts[segmentA][segmentB]++;
    }

    public void merge(MigrationTally other) {
        if (other.counts.length != counts.length || other.counts[0].length != counts[0].length) {
            throw new IllegalArgumentException("tallies of different segment counts cannot be merged");
        }
        for (int a = 0; a < counts.length; a++) {
            for (int b = 0; b < counts[a].length; b++) {
                counts[a][b] += other.counts[a][b];
            }
        }
    }

    /**
     * Joins two runs' assignments on respondent id: both sorted by id, then merged in one pass (O(n log n) time,
     * an index array per run as extra memory). An id twice in the same run is an error.
     */
    public static MigrationTally of(RunAssignments a, int kA, RunAssignments b, int kB) {
        MigrationTally tally = new MigrationTally(kA, kB);
        int[] orderA = byId(a);
        int[] orderB = byId(b);
        int i = 0;
        int j = 0;
        while (i < orderA.length && j < orderB.length) {
            int order = a.respondentIds()[orderA[i]].compareTo(b.respondentIds()[orderB[j]]);
            if (order == 0) {
                tally.add(a.segments()[orderA[i]], b.segments()[orderB[j]]);
                i++;
                j++;
            } else if (order < 0) {
                i++;
            } else {
                j++;
            }
        }
        return tally;
    }

    private static int[] byId(RunAssignments run) {
        String[] ids = run.respondentIds();
        int[] order = IntStream.range(0, ids.length)
                .boxed()
                .sorted(Comparator.comparing(index -> ids[index]))
                .mapToInt(Integer::intValue)
                .toArray();
        for (int i = 1; i < order.length; i++) {
            if (ids[order[i]].equals(ids[order[i - 1]])) {
                throw new IllegalArgumentException("respondent " + ids[order[i]] + " is assigned twice in one run");
            }
        }
        return order;
    }

    public int kA() {
        return counts.length;
    }

    public int kB() {
        return counts[0].length;
    }

    public long total() {
        return Arrays.stream(counts).flatMapToLong(Arrays::stream).sum();
    }

    /** A copy of the counts: rows run A's segments, columns run B's. */
    public long[][] counts() {
        return Arrays.stream(counts).map(long[]::clone).toArray(long[][]::new);
    }
}
