package org.psychograph.segmentation.clustering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.psychograph.segmentation.clustering.preparation.PreparedData;

/**
 * Global stability as flexclust's {@code bootFlexclust(X, 2:8, nboot = 100)}: 100 bootstrap pairs per k, best of
 * 3 restarts per sample (stepFlexclust's default nrep). Tagged slow (about 15 s on two cores); it still runs in
 * every {@code mvn test}/{@code verify}.
 */
@Tag("slow")
class McDonaldsStabilityTest {

    private static final double[] FLEXCLUST_MEDIANS = {0.93, 0.70, 0.52, 0.56, 0.53, 0.57, 0.53};

    @Test
    void bootstrapMediansMatchFlexclustWithinPointOne() {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        SegmentationResult result;
        try {
            result = new SegmentationAnalysis(pool)
                    .run(
                            PreparedData.asIs(McDonaldsSurvey.load().attributes()),
                            ClusteringConfig.forRange(2, 8, 1234),
                            List.of(),
                            ProgressListener.none(),
                            () -> false);
        } finally {
            pool.shutdownNow();
        }
        StringBuilder report = new StringBuilder();
        for (int k = 2; k <= 8; k++) {
            GlobalStability global =
                    result.candidate(k).orElseThrow().stability().global();
            report.append(String.format(
                    "k=%d median %.3f (flexclust %.2f) Q1 %.3f Q3 %.3f%n",
                    k, global.median(), FLEXCLUST_MEDIANS[k - 2], global.firstQuartile(), global.thirdQuartile()));
            assertEquals(100, global.replicates());
            assertEquals(0, global.failedReplicates());
        }
        System.out.print(report);
        for (int k = 2; k <= 8; k++) {
            double median = result.candidate(k).orElseThrow().medianStability();
            assertEquals(FLEXCLUST_MEDIANS[k - 2], median, 0.1, report.toString());
        }
        // same shape: k = 2 and k = 3 clearly the most stable
        List<Integer> byStability = result.candidates().stream()
                .sorted((a, b) -> Double.compare(b.medianStability(), a.medianStability()))
                .map(Candidate::k)
                .toList();
        assertEquals(List.of(2, 3), byStability.subList(0, 2), report.toString());
        assertTrue(result.recommendation()
                .reason()
                .startsWith("k=" + result.recommendation().k()));
    }
}
