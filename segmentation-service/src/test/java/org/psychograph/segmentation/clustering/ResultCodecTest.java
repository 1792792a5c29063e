package org.psychograph.segmentation.clustering;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Task results travel between workers as JSON: nothing may be lost, NaN included. */
class ResultCodecTest {

    @Test
    void clusteringTaskResultRoundTrips() {
        ClusteringTaskResult result = new ClusteringTaskResult(
                3, 0, 5, 2, -77L, 12.5, 10.25, new double[][] {{1, 2}, {3, 4}, {5, 6}}, new byte[] {1, 2, 3}, 1, 0);
        ClusteringTaskResult back = ResultCodec.fromJson(ResultCodec.toJson(result), ClusteringTaskResult.class);
        assertEquals(result.bestSeed(), back.bestSeed());
        assertEquals(result.withinDistanceSum(), back.withinDistanceSum(), 0.0);
        assertArrayEquals(result.centroids(), back.centroids());
        assertArrayEquals(result.tribuoModel(), back.tribuoModel());
    }

    @Test
    void bootstrapTaskResultKeepsFailedReplicatesAsNaN() {
        BootstrapTaskResult result = new BootstrapTaskResult(
                2, 10, 12, new double[] {0.5, Double.NaN}, new double[][] {{0.9, 0.8}, {Double.NaN, Double.NaN}}, 10);
        BootstrapTaskResult back = ResultCodec.fromJson(ResultCodec.toJson(result), BootstrapTaskResult.class);
        assertArrayEquals(result.adjustedRand(), back.adjustedRand(), 0.0);
        assertArrayEquals(result.segmentJaccard()[1], back.segmentJaccard()[1], 0.0);
        assertEquals(10, back.rejectedFits());
    }

    @Test
    void candidateWithItsEvidenceRoundTrips() {
        SegmentSolution solution = new SegmentSolution(
                2,
                new double[][] {{0.5}, {1.5}},
                new int[] {0, 1, 0},
                new int[] {2, 1},
                3.0,
                2.0,
                4,
                99L,
                new byte[] {9},
                new int[] {1, 0});
        StabilityAnalysis stability = new StabilityAnalysis(
                2,
                GlobalStability.of(new double[] {0.9, Double.NaN, 0.7}),
                List.of(SegmentStability.of(0, new double[] {1, 0.5}), SegmentStability.of(1, new double[] {0.8, 0.6})),
                3);
        Candidate candidate = new Candidate(2, 3.0, 2.0, 0.4, 3, 12.0, 0.9, stability, solution);
        Candidate back = ResultCodec.fromJson(ResultCodec.toJson(candidate), Candidate.class);
        assertEquals(0.8, back.medianStability(), 1e-12);
        assertEquals(1, back.stability().global().failedReplicates());
        assertArrayEquals(
                new double[] {0.8, 0.6}, back.stability().segments().get(1).jaccard(), 0.0);
        assertArrayEquals(solution.labels(), back.solution().labels());
    }

    @Test
    void solutionRoundTrips() {
        SegmentSolution solution = new SegmentSolution(
                2,
                new double[][] {{0.5}, {1.5}},
                new int[] {0, 1, 0},
                new int[] {2, 1},
                3.0,
                2.0,
                4,
                99L,
                new byte[] {9},
                new int[] {1, 0});
        SegmentSolution back = ResultCodec.fromJson(ResultCodec.toJson(solution), SegmentSolution.class);
        assertArrayEquals(solution.labels(), back.labels());
        assertArrayEquals(solution.segmentOfCluster(), back.segmentOfCluster());
        assertEquals(solution.seed(), back.seed());
    }
}
