package org.psychograph.segmentation.clustering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.psychograph.segmentation.clustering.preparation.PreparedData;

/**
 * Tribuo keeps k clusters even when one loses every member, and gives it an all-zero centroid. With k near or
 * above the number of distinct points this happens; no such centroid may survive. The data sit far from the
 * origin, so a zero centroid can only be Tribuo's placeholder.
 */
class EmptyClusterTest {

    private static ExecutorService pool;

    @BeforeAll
    static void startPool() {
        pool = Executors.newFixedThreadPool(2);
    }

    @AfterAll
    static void stopPool() {
        pool.shutdownNow();
    }

    /** Distinct points (10 + p, 20 + 2p) repeated with the given multiplicities. */
    private static BasisMatrix repeatedPoints(int... multiplicity) {
        int n = Arrays.stream(multiplicity).sum();
        String[] ids = new String[n];
        double[][] values = new double[n][];
        int row = 0;
        for (int p = 0; p < multiplicity.length; p++) {
            for (int copy = 0; copy < multiplicity[p]; copy++) {
                ids[row] = "r" + row;
                values[row++] = new double[] {10 + p, 20 + 2 * p};
            }
        }
        return new BasisMatrix(ids, new String[] {"x", "y"}, values);
    }

    @Test
    void moreSegmentsThanDistinctPointsIsRejectedNotFilledWithAZeroCentroid() {
        BasisMatrix matrix = repeatedPoints(10, 10, 10, 10);
        ClusteringConfig config = ClusteringConfig.forRange(2, 5, 9).withBootstrap(0, 1);
        ClusteringEngine engine = new ClusteringEngine(new BasisDataset(matrix), config, pool, RunControl.none());

        ClusteringTaskResult impossible = engine.run(new ClusteringTask(5, 0, config.restarts()));

        assertFalse(impossible.hasSolution());
        assertEquals(config.restarts(), impossible.failedRestarts());
        assertEquals(config.restarts() * KMeansFitter.MAX_ATTEMPTS, impossible.rejectedFits());
        SegmentationResult result = new SegmentationAnalysis(pool)
                .run(PreparedData.asIs(matrix), config, List.of(), ProgressListener.none(), () -> false);
        assertEquals(
                List.of(2, 3, 4), result.candidates().stream().map(Candidate::k).toList());
        assertTrue(
                result.notes().stream().anyMatch(note -> note.startsWith("k=5")),
                result.notes().toString());
        result.candidates().forEach(EmptyClusterTest::assertNoEmptySegment);
    }

    @Test
    void bootstrapSamplesThatLoseARarePointFailInsteadOfCountingAnEmptySegment() {
        // the fourth point appears twice in 62 rows: many bootstrap samples miss it, and cannot hold 4 segments
        BasisMatrix matrix = repeatedPoints(20, 20, 20, 2);
        ClusteringConfig config = ClusteringConfig.forFixedK(4, 5).withBootstrap(30, 1);
        SegmentationResult result = new SegmentationAnalysis(pool)
                .run(PreparedData.asIs(matrix), config, List.of(), ProgressListener.none(), () -> false);
        Candidate four = result.candidates().get(0);
        assertNoEmptySegment(four);
        GlobalStability global = four.stability().global();
        assertTrue(global.failedReplicates() > 0, "some samples miss the rare point");
        assertTrue(four.stability().rejectedFits() >= global.failedReplicates() * KMeansFitter.MAX_ATTEMPTS);
        long finite =
                Arrays.stream(global.adjustedRand()).filter(Double::isFinite).count();
        assertEquals(30 - global.failedReplicates(), finite);
        assertEquals(1.0, global.median(), 1e-12, "samples that keep all four points agree perfectly");
    }

    @Test
    void kNearTheNumberOfDistinctPointsKeepsEverySegmentPopulated() {
        BasisMatrix matrix = repeatedPoints(30, 1, 25, 2, 40, 1, 3);
        ClusteringConfig config = ClusteringConfig.forRange(5, 7, 21).withBootstrap(10, 2);
        SegmentationResult result = new SegmentationAnalysis(pool)
                .run(PreparedData.asIs(matrix), config, List.of(), ProgressListener.none(), () -> false);
        assertEquals(3, result.candidates().size());
        result.candidates().forEach(EmptyClusterTest::assertNoEmptySegment);
    }

    private static void assertNoEmptySegment(Candidate candidate) {
        SegmentSolution solution = candidate.solution();
        for (int s = 0; s < solution.k(); s++) {
            assertTrue(solution.sizes()[s] > 0, "k=" + solution.k() + " segment " + s + " is empty");
            assertFalse(
                    Arrays.stream(solution.centroids()[s]).allMatch(v -> v == 0.0),
                    "k=" + solution.k() + " segment " + s + " has Tribuo's zero centroid");
        }
    }
}
