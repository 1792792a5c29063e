package org.psychograph.segmentation.clustering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.psychograph.segmentation.clustering.preparation.PreparedData;

/** Well-separated Gaussian blobs with known membership: the engine must find them and recommend their number. */
class SyntheticBlobsClusteringTest {

    private static final int TRUE_K = 4;
    private static ExecutorService pool;

    @BeforeAll
    static void startPool() {
        pool = Executors.newFixedThreadPool(2);
    }

    @AfterAll
    static void stopPool() {
        pool.shutdownNow();
    }

    private static SegmentationResult analyse(SyntheticBlobs blobs, long seed) {
        // 20 bootstrap pairs instead of 100 keeps ten whole runs within a few seconds; stability on blobs this
        // clear does not need more
        ClusteringConfig config = ClusteringConfig.forRange(2, 7, seed).withBootstrap(20, 3);
        return new SegmentationAnalysis(pool)
                .run(PreparedData.asIs(blobs.matrix()), config, List.of(), ProgressListener.none(), () -> false);
    }

    @Test
    void findsTheTrueSegmentsAndRecommendsTheirNumberInAtLeastNineOfTenSeeds() {
        List<String> misses = new ArrayList<>();
        for (long seed = 1; seed <= 10; seed++) {
            SyntheticBlobs blobs = SyntheticBlobs.generate(600, 6, TRUE_K, 8.0, 100 + seed);
            SegmentationResult result = analyse(blobs, seed);
            Candidate atTrueK = result.candidate(TRUE_K).orElseThrow();
            double agreement = PartitionAgreement.adjustedRandIndex(
                    blobs.truth(), TRUE_K, atTrueK.solution().labels(), TRUE_K);
            assertTrue(agreement >= 0.95, "seed " + seed + ": ARI with the truth " + agreement);
            if (result.recommendation().k() != TRUE_K) {
                misses.add("seed " + seed + ": " + result.recommendation().reason());
            }
        }
        System.out.println("blobs: recommended k=" + TRUE_K + " in " + (10 - misses.size()) + " of 10 seeds");
        assertTrue(misses.size() <= 1, "recommended another k than " + TRUE_K + ": " + misses);
    }

    @Test
    void everyCandidateKeepsItsSolutionOrderedBySize() {
        SyntheticBlobs blobs = SyntheticBlobs.generate(500, 5, 3, 8.0, 7);
        SegmentationResult result = analyse(blobs, 3);
        assertEquals(6, result.candidates().size());
        for (Candidate candidate : result.candidates()) {
            int[] sizes = candidate.solution().sizes();
            assertEquals(500, Arrays.stream(sizes).sum());
            for (int s = 1; s < sizes.length; s++) {
                assertTrue(sizes[s - 1] >= sizes[s], "segments are numbered by size");
            }
            assertEquals(candidate.k(), candidate.stability().segments().size());
            assertEquals(20, candidate.stability().global().replicates());
        }
        Candidate three = result.candidate(3).orElseThrow();
        assertTrue(three.medianStability() > 0.95, "three clear blobs re-appear in every bootstrap");
        three.stability().segments().forEach(s -> assertTrue(s.meanJaccard() > 0.95));
    }
}
