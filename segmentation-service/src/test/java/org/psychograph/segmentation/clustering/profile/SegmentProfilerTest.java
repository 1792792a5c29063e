package org.psychograph.segmentation.clustering.profile;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.psychograph.segmentation.clustering.ClusteringConfig;
import org.psychograph.segmentation.clustering.ProgressListener;
import org.psychograph.segmentation.clustering.SegmentationAnalysis;
import org.psychograph.segmentation.clustering.SegmentationResult;
import org.psychograph.segmentation.clustering.preparation.DataPreparation;
import org.psychograph.segmentation.clustering.preparation.MissingValuePolicy;
import org.psychograph.segmentation.clustering.preparation.PreparedData;
import org.psychograph.segmentation.clustering.preparation.RawResponses;
import org.psychograph.segmentation.clustering.preparation.Standardisation;
import org.psychograph.segmentation.clustering.preparation.VariableScale;

/**
 * Two groups that differ strongly in "price" (asked reverse-coded, 1-7) and "trust", not at all in "noise".
 * Group 0 has 130 respondents, group 1 has 70, so segment 0 (the largest) is group 0.
 */
class SegmentProfilerTest {

    private static final int N = 200;
    private static ExecutorService pool;
    private static int[] group;
    private static RawResponses raw;
    private static PreparedData prepared;
    private static ChosenSolution chosen;

    @BeforeAll
    static void analyse() {
        pool = Executors.newFixedThreadPool(2);
        SplittableRandom random = new SplittableRandom(4);
        group = new int[N];
        String[] ids = new String[N];
        double[][] answers = new double[N][3];
        String[] region = new String[N];
        String[] coin = new String[N];
        double[] spend = new double[N];
        for (int i = 0; i < N; i++) {
            group[i] = i < 130 ? 0 : 1;
            ids[i] = "p" + i;
            answers[i][0] = group[i] == 0 ? 1 + random.nextInt(2) : 6 + random.nextInt(2); // price, as asked
            answers[i][1] = group[i] == 0 ? 5 + random.nextInt(3) : 1 + random.nextInt(3); // trust
            answers[i][2] = 1 + random.nextInt(7); // noise
            region[i] = i % 17 == 0 ? null : (group[i] == 0 ? "north" : "south");
            coin[i] = random.nextBoolean() ? "heads" : "tails";
            spend[i] = group[i] * 100 + random.nextDouble() * 20;
        }
        raw = new RawResponses(ids, new String[] {"price", "trust", "noise"}, answers);
        prepared = new DataPreparation(MissingValuePolicy.DROP_RESPONDENT, Standardisation.ZSCORE)
                .prepare(
                        raw,
                        List.of(
                                VariableScale.reversed("price", 1, 7),
                                VariableScale.of("trust", 1, 7),
                                VariableScale.of("noise", 1, 7)));
        SegmentationResult result = new SegmentationAnalysis(pool)
                .run(
                        prepared,
                        ClusteringConfig.forFixedK(2, 3).withBootstrap(10, 3),
                        List.of(
                                new CategoricalDescriptor("region", region),
                                new CategoricalDescriptor("coin", coin),
                                new NumericDescriptor("spend", spend)),
                        ProgressListener.none(),
                        () -> false);
        chosen = result.chosen();
    }

    @AfterAll
    static void stopPool() {
        pool.shutdownNow();
    }

    @Test
    void segmentsAreTheTwoGroupsLargestFirstWithCentroidsInTheAnswersUnits() {
        assertEquals(2, chosen.segments().size());
        Segment largest = chosen.segments().get(0);
        assertEquals(130, largest.size());
        assertEquals(0.65, largest.share(), 1e-12);
        double[] meanAsAsked = new double[3];
        for (int i = 0; i < 130; i++) {
            for (int j = 0; j < 3; j++) {
                meanAsAsked[j] += raw.values()[i][j] / 130;
            }
        }
        assertArrayEquals(meanAsAsked, largest.centroid(), 1e-9);
        assertEquals(1.0, largest.stability().medianJaccard(), 1e-12);
        assertTrue(largest.stability().meanJaccard() > 0.95);
        for (Assignment assignment : chosen.assignments()) {
            int row = Integer.parseInt(assignment.respondentId().substring(1));
            assertEquals(group[row], assignment.segment());
            assertTrue(assignment.margin() >= 0);
        }
    }

    @Test
    void differingVariablesAreMarkersAndTheNoiseIsNot() {
        for (Segment segment : chosen.segments()) {
            List<String> markers =
                    segment.markers().stream().map(SegmentProfile::variableCode).toList();
            assertEquals(List.of("price", "trust"), markers, "segment " + segment.segment());
            SegmentProfile noise = segment.profile().get(2);
            assertFalse(noise.marker());
            assertTrue(Math.abs(noise.standardisedDifference()) < MARKER_LIMIT);
        }
        SegmentProfile price = chosen.segments().get(0).profile().get(0);
        assertTrue(price.segmentMean() < 2.0 && price.difference() < 0, "cheap group answers price low as asked");
        assertEquals(price.segmentMean() - price.overallMean(), price.difference(), 1e-12);
        assertTrue(price.adjustedPValue() < 1e-10);
    }

    private static final double MARKER_LIMIT = SegmentProfiler.MARKER_STANDARDISED_DIFFERENCE;

    @Test
    void descriptorsAreCrossTabulatedAndTested() {
        CategoricalBreakdown region =
                (CategoricalBreakdown) chosen.descriptors().get(0);
        assertArrayEquals(new String[] {"north", "south"}, region.categories());
        assertEquals(12, region.missing());
        assertEquals(0, region.counts()[0][1]);
        assertEquals(0, region.counts()[1][0]);
        assertTrue(region.pValue() < 1e-20, "region is the segment");
        CategoricalBreakdown coin = (CategoricalBreakdown) chosen.descriptors().get(1);
        assertTrue(coin.pValue() > 0.01, "a coin toss is not associated: " + coin.pValue());
        NumericBreakdown spend = (NumericBreakdown) chosen.descriptors().get(2);
        assertEquals(10, spend.segmentMeans()[0], 2);
        assertEquals(110, spend.segmentMeans()[1], 2);
        assertTrue(spend.pValue() < 1e-20);
    }
}
