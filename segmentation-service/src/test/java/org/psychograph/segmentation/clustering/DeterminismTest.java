package org.psychograph.segmentation.clustering;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.psychograph.segmentation.clustering.preparation.PreparedData;

/** Same input, config and seed: the same result whatever the pool size and the task batching. */
class DeterminismTest {

    private static final SyntheticBlobs BLOBS = SyntheticBlobs.generate(300, 4, 3, 3.0, 11);
    private static final ClusteringConfig CONFIG =
            ClusteringConfig.forRange(2, 5, 42).withRestarts(6).withBootstrap(8, 2);

    private static SegmentationResult run(int poolSize, int restartsPerTask, int replicatesPerTask) {
        ExecutorService pool = Executors.newFixedThreadPool(poolSize);
        try {
            return new SegmentationAnalysis(pool, restartsPerTask, replicatesPerTask)
                    .run(PreparedData.asIs(BLOBS.matrix()), CONFIG, List.of(), ProgressListener.none(), () -> false);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void identicalAcrossPoolSizesAndBatchings() {
        SegmentationResult reference = run(1, Integer.MAX_VALUE, Integer.MAX_VALUE);
        assertSame(reference, run(2, Integer.MAX_VALUE, Integer.MAX_VALUE));
        assertSame(reference, run(2, 4, 3));
        assertSame(reference, run(2, 1, 1));
    }

    @Test
    void batchesCombineTheSameInAnyOrder() {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            BasisDataset data = new BasisDataset(BLOBS.matrix());
            ClusteringEngine engine = new ClusteringEngine(data, CONFIG, pool, RunControl.none());
            SegmentationPlan plan = SegmentationPlan.of(CONFIG, 2, 3);
            List<ClusteringTaskResult> batches = new ArrayList<>(
                    plan.clusteringTasks(4).stream().map(engine::run).toList());
            SegmentSolution forward = TaskCombination.bestSolution(BLOBS.matrix(), CONFIG, 4, batches)
                    .orElseThrow();
            Collections.reverse(batches);
            SegmentSolution backward = TaskCombination.bestSolution(BLOBS.matrix(), CONFIG, 4, batches)
                    .orElseThrow();
            assertArrayEquals(forward.labels(), backward.labels());
            assertEquals(forward.restartIndex(), backward.restartIndex());

            List<BootstrapTaskResult> replicates = new ArrayList<>(plan.bootstrapTasks(4).stream()
                    .map(task -> engine.run(task, forward))
                    .toList());
            StabilityAnalysis inOrder = TaskCombination.stability(CONFIG, 4, replicates);
            Collections.reverse(replicates);
            StabilityAnalysis reversed = TaskCombination.stability(CONFIG, 4, replicates);
            assertArrayEquals(inOrder.global().adjustedRand(), reversed.global().adjustedRand(), 0.0);
        } finally {
            pool.shutdownNow();
        }
    }

    private static void assertSame(SegmentationResult expected, SegmentationResult actual) {
        assertEquals(expected.candidates().size(), actual.candidates().size());
        for (int c = 0; c < expected.candidates().size(); c++) {
            Candidate e = expected.candidates().get(c);
            Candidate a = actual.candidates().get(c);
            assertEquals(e.k(), a.k());
            assertEquals(e.withinSumOfSquares(), a.withinSumOfSquares(), 0.0);
            assertEquals(e.withinDistanceSum(), a.withinDistanceSum(), 0.0);
            assertEquals(e.silhouette(), a.silhouette(), 0.0);
            assertEquals(e.calinskiHarabasz(), a.calinskiHarabasz(), 0.0);
            assertEquals(e.daviesBouldin(), a.daviesBouldin(), 0.0);
            assertEquals(e.solution().restartIndex(), a.solution().restartIndex());
            assertEquals(e.solution().seed(), a.solution().seed());
            assertArrayEquals(e.solution().labels(), a.solution().labels());
            for (int s = 0; s < e.k(); s++) {
                assertArrayEquals(e.solution().centroids()[s], a.solution().centroids()[s], 0.0);
                assertArrayEquals(
                        e.stability().segments().get(s).jaccard(),
                        a.stability().segments().get(s).jaccard(),
                        0.0);
            }
            assertArrayEquals(
                    e.stability().global().adjustedRand(),
                    a.stability().global().adjustedRand(),
                    0.0);
        }
        assertEquals(expected.recommendation(), actual.recommendation());
        assertEquals(expected.chosen().assignments(), actual.chosen().assignments());
        assertEquals(expected.model().provenance(), actual.model().provenance());
    }
}
