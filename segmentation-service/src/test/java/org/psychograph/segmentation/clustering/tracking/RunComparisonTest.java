package org.psychograph.segmentation.clustering.tracking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.psychograph.segmentation.clustering.BasisMatrix;
import org.psychograph.segmentation.clustering.SyntheticBlobs;

class RunComparisonTest {

    private static final List<String> CODES = List.of("q1", "q2", "q3", "q4");

    /** One run over rows [from, to) of the blobs, its segments numbered by {@code relabel}. */
    private record Run(RunSegments segments, RunAssignments assignments, int[] labelOfRow, int from) {}

    private static Run run(
            SyntheticBlobs blobs, int from, int to, int k, long seed, boolean standardise, int[] relabel) {
        double[][] rows = Arrays.copyOfRange(blobs.matrix().values(), from, to);
        int d = rows[0].length;
        double[] mean = new double[d];
        double[] sd = new double[d];
        Arrays.fill(sd, 1);
        if (standardise) {
            // a run standardised on its own respondents: its centres must be put back in answer units to compare
            for (int j = 0; j < d; j++) {
                int column = j;
                mean[j] = Arrays.stream(rows)
                        .mapToDouble(r -> r[column])
                        .average()
                        .orElseThrow();
                sd[j] = Math.sqrt(Arrays.stream(rows)
                        .mapToDouble(r -> (r[column] - mean[column]) * (r[column] - mean[column]))
                        .average()
                        .orElseThrow());
            }
        }
        double[][] prepared = new double[rows.length][d];
        for (int i = 0; i < rows.length; i++) {
            for (int j = 0; j < d; j++) {
                prepared[i][j] = (rows[i][j] - mean[j]) / sd[j];
            }
        }
        FittedModel model = FittedModel.fit(prepared, k, seed);
        double[][] centres = new double[k][d];
        long[] sizes = new long[k];
        for (int c = 0; c < k; c++) {
            for (int j = 0; j < d; j++) {
                centres[relabel[c]][j] = model.centres()[c][j] * sd[j] + mean[j];
            }
        }
        String[] ids = new String[rows.length];
        int[] segments = new int[rows.length];
        for (int i = 0; i < rows.length; i++) {
            ids[i] = blobs.matrix().respondentIds()[from + i];
            segments[i] = relabel[model.labels()[i]];
            sizes[segments[i]]++;
        }
        return new Run(new RunSegments(CODES, centres, sizes), new RunAssignments(ids, segments), segments, from);
    }

    private static int[] identity(int k) {
        int[] identity = new int[k];
        for (int i = 0; i < k; i++) {
            identity[i] = i;
        }
        return identity;
    }

    @Test
    void aRunComparedWithItselfAgreesCompletelyAndNothingMoved() {
        SyntheticBlobs blobs = SyntheticBlobs.generate(600, 4, 4, 6.0, 31);
        Run run = run(blobs, 0, 600, 4, 1, false, identity(4));
        RunComparisonReport report =
                RunComparison.compare(run.segments(), run.segments(), run.assignments(), run.assignments());
        assertEquals(1.0, report.adjustedRandIndex(), 1e-12);
        assertEquals(600, report.respondentsInBoth());
        assertEquals(0, report.totalCentreMovement(), 1e-12);
        assertTrue(report.unmatchedA().isEmpty() && report.unmatchedB().isEmpty());
        long[][] migration = report.migration();
        for (int a = 0; a < 4; a++) {
            MatchedSegments match = report.matches().get(a);
            assertEquals(a, match.segmentA());
            assertEquals(a, match.segmentB());
            assertEquals(0, match.centreDistance(), 1e-12);
            match.centreDifference().forEach(difference -> assertEquals(0, difference, 1e-12));
            assertEquals(match.shareA(), match.shareB(), 1e-15);
            for (int b = 0; b < 4; b++) {
                assertEquals(a == b ? run.segments().sizes()[a] : 0, migration[a][b], "migration " + a + "->" + b);
            }
        }
    }

    @Test
    void twoFitsWithOtherSeedsSamplesAndNumberingAreMatchedBackAndTheirAgreementIsThePairCountingOne() {
        for (long seed = 1; seed <= 3; seed++) {
            SyntheticBlobs blobs = SyntheticBlobs.generate(800, 4, 4, 6.0, 70 + seed);
            int[] permutation = Permutations.shuffled(4, new SplittableRandom(seed));
            Run a = run(blobs, 0, 600, 4, seed, false, identity(4));
            Run b = run(blobs, 200, 800, 4, seed + 100, true, permutation);
            RunComparisonReport report = RunComparison.compare(
                    a.segments(), b.segments(), a.assignments(), shuffledOrder(b.assignments(), seed));

            int[] truthA = Arrays.copyOfRange(blobs.truth(), 0, 600);
            int[] truthB = Arrays.copyOfRange(blobs.truth(), 200, 800);
            int[] blobOfA = blobOfSegment(a.labelOfRow(), truthA);
            int[] blobOfB = blobOfSegment(b.labelOfRow(), truthB);
            for (MatchedSegments match : report.matches()) {
                assertEquals(
                        blobOfA[match.segmentA()],
                        blobOfB[match.segmentB()],
                        "seed " + seed + ": A's segment " + match.segmentA() + " matched with B's " + match.segmentB());
                assertTrue(match.centreDistance() < 1.0, "the same blob's centre, estimated twice: " + match);
            }
            assertEquals(400, report.respondentsInBoth());
            int[] overlapA = Arrays.copyOfRange(a.labelOfRow(), 200, 600);
            int[] overlapB = Arrays.copyOfRange(b.labelOfRow(), 0, 400);
            assertEquals(pairCountingAdjustedRand(overlapA, overlapB), report.adjustedRandIndex(), 1e-12);
            long[][] migration = report.migration();
            for (int i = 0; i < 400; i++) {
                migration[overlapA[i]][overlapB[i]]--;
            }
            for (long[] row : migration) {
                for (long cell : row) {
                    assertEquals(0, cell, "migration counts equal a count of the overlap's label pairs");
                }
            }
        }
    }

    @Test
    void aSegmentOnlyTheSecondRunHasIsLeftUnmatched() {
        SyntheticBlobs blobs = SyntheticBlobs.generate(800, 4, 4, 6.0, 91);
        int[] truth = blobs.truth();
        List<Integer> known = new ArrayList<>();
        for (int i = 0; i < truth.length; i++) {
            if (truth[i] < 3) {
                known.add(i);
            }
        }
        double[][] knownRows = known.stream().map(i -> blobs.matrix().row(i)).toArray(double[][]::new);
        String[] knownIds =
                known.stream().map(i -> blobs.matrix().respondentIds()[i]).toArray(String[]::new);
        SyntheticBlobs threeBlobs = new SyntheticBlobs(
                new BasisMatrix(knownIds, blobs.matrix().variableCodes(), knownRows),
                known.stream().mapToInt(i -> truth[i]).toArray());
        Run a = run(threeBlobs, 0, knownRows.length, 3, 5, false, identity(3));
        Run b = run(blobs, 0, 800, 4, 6, false, identity(4));
        RunComparisonReport report =
                RunComparison.compare(a.segments(), b.segments(), a.assignments(), b.assignments());
        int newSegment = blobOfSegmentInverse(b.labelOfRow(), truth, 3);
        assertEquals(List.of(newSegment), report.unmatchedB());
        assertTrue(report.unmatchedA().isEmpty());
        assertEquals(3, report.matches().size());
        assertEquals(knownRows.length, report.respondentsInBoth());
        int[] labelsOfKnownInB = known.stream().mapToInt(i -> b.labelOfRow()[i]).toArray();
        assertEquals(pairCountingAdjustedRand(a.labelOfRow(), labelsOfKnownInB), report.adjustedRandIndex(), 1e-12);
        assertTrue(report.notes().stream().anyMatch(n -> n.contains("no partner for B's segment " + (newSegment + 1))));
    }

    @Test
    void aRespondentTwiceInOneRunIsRefused() {
        RunSegments segments = new RunSegments(List.of("q1"), new double[][] {{1}, {2}}, new long[] {1, 1});
        RunAssignments twice = new RunAssignments(new String[] {"r1", "r1"}, new int[] {0, 1});
        assertThrows(IllegalArgumentException.class, () -> RunComparison.compare(segments, segments, twice, twice));
    }

    /** The segment each true blob mostly fell in, inverted: per segment, its blob. */
    private static int[] blobOfSegment(int[] labels, int[] truth) {
        int k = Arrays.stream(labels).max().orElseThrow() + 1;
        int[][] counts = new int[k][Arrays.stream(truth).max().orElseThrow() + 1];
        for (int i = 0; i < labels.length; i++) {
            counts[labels[i]][truth[i]]++;
        }
        int[] blob = new int[k];
        for (int s = 0; s < k; s++) {
            for (int t = 0; t < counts[s].length; t++) {
                if (counts[s][t] > counts[s][blob[s]]) {
                    blob[s] = t;
                }
            }
        }
        return blob;
    }

    private static int blobOfSegmentInverse(int[] labels, int[] truth, int wantedBlob) {
        int[] blob = blobOfSegment(labels, truth);
        for (int s = 0; s < blob.length; s++) {
            if (blob[s] == wantedBlob) {
                return s;
            }
        }
        throw new AssertionError("no segment holds blob " + wantedBlob);
    }

    /**
     * The adjusted Rand index from pair counts (Hubert and Arabie's formula in Steinley's pair form), over all
     * O(n^2) pairs: independent of the contingency-table computation under test.
     */
    private static double pairCountingAdjustedRand(int[] x, int[] y) {
        double both = 0;
        double onlyX = 0;
        double onlyY = 0;
        double neither = 0;
        for (int i = 0; i < x.length; i++) {
            for (int j = i + 1; j < x.length; j++) {
                boolean sameX = x[i] == x[j];
                boolean sameY = y[i] == y[j];
                if (sameX && sameY) {
                    both++;
                } else if (sameX) {
                    onlyX++;
                } else if (sameY) {
                    onlyY++;
                } else {
                    neither++;
                }
            }
        }
        return 2
                * (both * neither - onlyX * onlyY)
                / ((both + onlyX) * (onlyX + neither) + (both + onlyY) * (onlyY + neither));
    }

    /** The same assignments listed in another order: the join must not depend on it. */
    private static RunAssignments shuffledOrder(RunAssignments run, long seed) {
        int[] order = Permutations.shuffled(run.size(), new SplittableRandom(seed + 1000));
        String[] ids = new String[run.size()];
        int[] segments = new int[run.size()];
        for (int i = 0; i < order.length; i++) {
            ids[i] = run.respondentIds()[order[i]];
            segments[i] = run.segments()[order[i]];
        }
        return new RunAssignments(ids, segments);
    }
}
