package org.psychograph.segmentation.clustering;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.psychograph.segmentation.clustering.preparation.PreparedData;

/** Issue 17: a k's bootstrap stops once its median is known to the run's precision, the same however it is shared. */
class SequentialStabilityTest {

    @Test
    void theMediansIntervalIsTheTextbookOrderStatistics() {
        // n = 20: the distribution-free 95% interval of the median is [x(6), x(15)] (Binomial(20, 1/2):
        // P(B <= 5) = 0.021, P(B <= 6) = 0.058)
        double[] values =
                IntStream.rangeClosed(1, 20).mapToDouble(i -> i / 100.0).toArray();
        // median 0.105; x(6) = 0.06 and x(15) = 0.15
        assertEquals(0.045, SequentialStability.halfWidth(values), 1e-12);
        // shuffled input, same interval
        double[] reversed =
                IntStream.rangeClosed(1, 20).mapToDouble(i -> (21 - i) / 100.0).toArray();
        assertEquals(0.045, SequentialStability.halfWidth(reversed), 1e-12);
        assertEquals(0, SequentialStability.halfWidth(constant(30, 0.9)), 0.0);
        // too few values for a 95% interval of the median
        assertEquals(Double.POSITIVE_INFINITY, SequentialStability.halfWidth(new double[] {1, 1, 1, 1, 1}));
    }

    @Test
    void stopsAtTheFirstLookWhoseMedianIsPreciseAndNeverBefore() {
        double[] settled = constant(100, 0.95);
        // not before the first look, even when every value agrees
        assertEquals(OptionalInt.empty(), SequentialStability.pairsUsed(settled, 19, 100, 0.02));
        assertEquals(OptionalInt.of(20), SequentialStability.pairsUsed(settled, 20, 100, 0.02));
        assertEquals(OptionalInt.of(20), SequentialStability.pairsUsed(settled, 57, 100, 0.02));

        // widely spread for the first 40 pairs, then settled: the look at 50 is the first whose interval is narrow
        double[] late = constant(100, 0.8);
        for (int i = 0; i < 40; i++) {
            late[i] = i % 2 == 0 ? 0.3 : 0.99;
        }
        OptionalInt used = SequentialStability.pairsUsed(late, 100, 100, 0.02);
        assertTrue(used.isPresent());
        int first = used.getAsInt();
        assertTrue(first > 20 && first < 100 && (first - 20) % 10 == 0, "a look: " + first);
        assertTrue(SequentialStability.halfWidth(Arrays.copyOf(late, first)) <= 0.02);
        assertTrue(SequentialStability.halfWidth(Arrays.copyOf(late, first - 10)) > 0.02);
        // with fewer pairs done than that look, it cannot be decided yet
        assertEquals(OptionalInt.empty(), SequentialStability.pairsUsed(late, first - 1, 100, 0.02));
    }

    @Test
    void precisionZeroOrAFailedReplicateDrawsEveryPair() {
        double[] settled = constant(100, 0.95);
        assertEquals(OptionalInt.empty(), SequentialStability.pairsUsed(settled, 99, 100, 0));
        assertEquals(OptionalInt.of(100), SequentialStability.pairsUsed(settled, 100, 100, 0));
        settled[3] = Double.NaN;
        assertEquals(OptionalInt.of(100), SequentialStability.pairsUsed(settled, 100, 100, 0.02));
    }

    @Test
    void aRunStopsWhereTheRuleSaysWhateverTheBatchingAndSaysSoInItsNotes() {
        // four well separated blobs: the true k's pairs agree at once, the others spread
        SyntheticBlobs blobs = SyntheticBlobs.generate(400, 4, 4, 6.0, 17);
        ClusteringConfig config =
                ClusteringConfig.forRange(2, 6, 99).withRestarts(4).withBootstrap(60, 2);
        SegmentationResult tens = run(blobs, config, Integer.MAX_VALUE);
        SegmentationResult sevens = run(blobs, config, 7);
        SegmentationResult everyPair = run(blobs, config.withStabilityPrecision(0), Integer.MAX_VALUE);

        boolean someStoppedEarly = false;
        for (Candidate c : tens.candidates()) {
            GlobalStability global = c.stability().global();
            int used = global.replicates();
            // where it stopped is the rule's first precise look on these very values
            assertEquals(
                    OptionalInt.of(used),
                    SequentialStability.pairsUsed(global.adjustedRand(), used, 60, config.stabilityPrecision()),
                    "k=" + c.k());
            someStoppedEarly |= used < 60;
            Candidate other = sevens.candidate(c.k()).orElseThrow();
            assertArrayEquals(global.adjustedRand(), other.stability().global().adjustedRand(), 0.0, "k=" + c.k());
            for (int s = 0; s < c.k(); s++) {
                assertArrayEquals(
                        c.stability().segments().get(s).jaccard(),
                        other.stability().segments().get(s).jaccard(),
                        0.0);
            }
            // the pairs drawn are the first pairs of the full sequence
            double[] all = everyPair
                    .candidate(c.k())
                    .orElseThrow()
                    .stability()
                    .global()
                    .adjustedRand();
            assertEquals(60, all.length);
            assertArrayEquals(Arrays.copyOf(all, used), global.adjustedRand(), 0.0, "k=" + c.k());
        }
        assertTrue(someStoppedEarly, "the planted k settles before 60 pairs");
        assertTrue(
                tens.candidate(4).orElseThrow().stability().global().replicates() < 60,
                "the planted k=4 settles before its 60 pairs");
        assertTrue(
                tens.notes().stream().anyMatch(n -> n.startsWith("stability stopped drawing bootstrap pairs")),
                tens.notes().toString());
        assertTrue(everyPair.notes().stream().noneMatch(n -> n.startsWith("stability stopped")));
        assertEquals(tens.recommendation().k(), everyPair.recommendation().k());

        // as FINALISE sees it in the task queue: batches of 25, every one finished (some after the k had settled)
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Candidate planted = tens.candidate(4).orElseThrow();
            ClusteringEngine engine =
                    new ClusteringEngine(new BasisDataset(blobs.matrix()), config, pool, RunControl.none());
            List<BootstrapTaskResult> queued = SegmentationPlan.of(config, 4, 25).bootstrapTasks(4).stream()
                    .map(task -> engine.run(task, planted.solution()))
                    .toList();
            StabilityAnalysis combined = TaskCombination.stability(config, 4, queued);
            assertArrayEquals(
                    planted.stability().global().adjustedRand(),
                    combined.global().adjustedRand(),
                    0.0);
            assertArrayEquals(
                    planted.stability().segments().get(0).jaccard(),
                    combined.segments().get(0).jaccard(),
                    0.0);
        } finally {
            pool.shutdownNow();
        }
    }

    private static SegmentationResult run(SyntheticBlobs blobs, ClusteringConfig config, int replicatesPerTask) {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            return new SegmentationAnalysis(pool, Integer.MAX_VALUE, replicatesPerTask)
                    .run(PreparedData.asIs(blobs.matrix()), config, List.of(), ProgressListener.none(), () -> false);
        } finally {
            pool.shutdownNow();
        }
    }

    private static double[] constant(int n, double value) {
        double[] values = new double[n];
        Arrays.fill(values, value);
        return values;
    }
}
