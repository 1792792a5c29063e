package org.psychograph.segmentation.clustering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.psychograph.segmentation.clustering.preparation.PreparedData;

class ProgressAndCancellationTest {

    private static final SyntheticBlobs BLOBS = SyntheticBlobs.generate(200, 3, 3, 6.0, 2);
    private static final ClusteringConfig CONFIG =
            ClusteringConfig.forRange(2, 4, 1).withBootstrap(10, 2);

    private record Report(Phase phase, double percent) {}

    @Test
    void reportsEveryPhaseWithNonDecreasingPercentagesEndingAtOneHundred() {
        List<Report> reports = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            new SegmentationAnalysis(pool)
                    .run(
                            PreparedData.asIs(BLOBS.matrix()),
                            CONFIG,
                            List.of(),
                            (phase, percent) -> reports.add(new Report(phase, percent)),
                            () -> false);
        } finally {
            pool.shutdownNow();
        }
        assertEquals(new Report(Phase.CLUSTERING, 0), reports.get(0));
        assertEquals(new Report(Phase.DONE, 100), reports.get(reports.size() - 1));
        assertEquals(
                List.of(Phase.CLUSTERING, Phase.STABILITY, Phase.PROFILING, Phase.DONE),
                reports.stream().map(Report::phase).distinct().toList());
        for (int i = 1; i < reports.size(); i++) {
            assertTrue(reports.get(i).percent() >= reports.get(i - 1).percent(), reports.toString());
        }
        assertTrue(reports.size() > 20, "progress is reported during the fits, not only between phases");
    }

    @Test
    void stopsWhenCancelledBetweenFits() {
        AtomicInteger polls = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            SegmentationAnalysis analysis = new SegmentationAnalysis(pool);
            assertThrows(
                    SegmentationCancelledException.class,
                    () -> analysis.run(
                            PreparedData.asIs(BLOBS.matrix()),
                            CONFIG,
                            List.of(),
                            ProgressListener.none(),
                            () -> polls.incrementAndGet() > 15));
        } finally {
            pool.shutdownNow();
        }
        long total = SegmentationPlan.of(CONFIG, 1, 1).totalFits();
        assertTrue(polls.get() < total, "stopped after " + polls.get() + " of " + total + " fits");
    }
}
