package org.psychograph.segmentation.clustering.tracking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.hipparchus.stat.inference.ChiSquareTest;
import org.junit.jupiter.api.Test;

class DriftAnalysisTest {

    /** Fitting data: segment i % k, distances uniform on [0, scale(segment)). */
    private static Placements placements(int n, int k, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int[] segments = new int[n];
        double[] distances = new double[n];
        for (int i = 0; i < n; i++) {
            segments[i] = random.nextInt(k);
            distances[i] = (1 + segments[i]) * random.nextDouble();
        }
        return new Placements(segments, distances);
    }

    private record Placements(int[] segments, double[] distances) {}

    @Test
    void theFittingDataComparedWithItselfStillFitsWithFivePercentBeyond() {
        Placements fitting = placements(4000, 4, 1);
        DriftReport report = DriftAnalysis.compare(
                4, fitting.segments(), fitting.distances(), fitting.segments(), fitting.distances());
        assertEquals(DriftVerdict.STILL_FITS, report.verdict());
        assertEquals(0, report.largestShareChange(), 1e-15);
        assertEquals(1.0, report.shareComparison().pValue(), 1e-12);
        // the p95 interpolates between two members, so exactly the top 5% of each segment (rounded) lies beyond
        for (SegmentDrift segment : report.segments()) {
            long beyond = segment.waveMisfit().count();
            assertEquals(segment.fittingCount() - Math.ceil(0.95 * (segment.fittingCount() - 1) + 1), beyond, 1.0);
            assertEquals(segment.fittingMeanDistance(), segment.waveMeanDistance(), 1e-12);
        }
        assertEquals(0.05, report.misfit().value(), 0.002);
        assertTrue(report.misfit().low() < 0.05 && 0.05 < report.misfit().high());
        assertTrue(report.summary().startsWith("the model still fits: shares within 0.0 points"), report.summary());
        assertTrue(report.summary().endsWith("fit no segment well (5% expected)"), report.summary());
    }

    @Test
    void theChiSquareIsPearsonsOnTheTwoByKTableAndLeavesOutSegmentsEmptyInBoth() {
        int k = 5;
        // segment 2 (0-based) is empty on both sides; segment 4 is empty in the wave only
        int[] fittingSegments = {0, 0, 0, 1, 1, 3, 3, 3, 3, 4, 4, 0, 1, 3};
        int[] waveSegments = {0, 1, 1, 1, 1, 3, 0, 0, 1, 3};
        DriftReport report = DriftAnalysis.compare(
                k,
                fittingSegments,
                constant(fittingSegments.length, 1.0),
                waveSegments,
                constant(waveSegments.length, 1.0));
        ShareComparison test = report.shareComparison();
        assertEquals(List.of(2), test.segmentsLeftOut());
        assertEquals(3, test.degreesOfFreedom());
        long[][] table = {counts(fittingSegments, new int[] {0, 1, 3, 4}), counts(waveSegments, new int[] {0, 1, 3, 4})
        };
        assertEquals(pearson(table), test.statistic(), 1e-9);
        assertEquals(new ChiSquareTest().chiSquareTest(table), test.pValue(), 1e-9);
        assertTrue(
                report.notes().stream().anyMatch(n -> n.contains("empty in both") && n.endsWith("segment 3")),
                report.notes().toString());

        SegmentDrift empty = report.segments().get(2);
        assertNull(empty.fittingMeanDistance());
        assertNull(empty.waveMeanDistance());
        assertNull(empty.misfitDistance());
        assertNull(empty.waveMisfit());
        assertEquals(0, empty.waveShare().value());
        SegmentDrift goneInWave = report.segments().get(4);
        assertNotNull(goneInWave.fittingMeanDistance());
        assertNull(goneInWave.waveMeanDistance());
    }

    @Test
    void aWaveTalliedInBatchesAndMergedGivesTheSameReportAsOnePass() {
        Placements fitting = placements(3000, 3, 2);
        Placements wave = placements(5000, 3, 3);
        DriftAnalysis analysis = DriftAnalysis.ofFitting(3, fitting.segments(), fitting.distances());
        WaveTally whole = analysis.newWave();
        WaveTally first = analysis.newWave();
        WaveTally second = analysis.newWave();
        for (int i = 0; i < wave.segments().length; i++) {
            whole.add(wave.segments()[i], wave.distances()[i]);
            (i < 1700 ? first : second).add(wave.segments()[i], wave.distances()[i]);
        }
        first.merge(second);
        DriftReport merged = analysis.report(first);
        DriftReport onePass = analysis.report(whole);
        assertEquals(onePass.misfit(), merged.misfit());
        assertEquals(onePass.shareComparison(), merged.shareComparison());
        for (int s = 0; s < 3; s++) {
            assertEquals(
                    onePass.segments().get(s).waveShare(),
                    merged.segments().get(s).waveShare());
            assertEquals(
                    onePass.segments().get(s).waveMeanDistance(),
                    merged.segments().get(s).waveMeanDistance(),
                    1e-12);
        }
    }

    @Test
    void aShareThatMovesOnePointInAHugeWaveIsSignificantButTheModelStillFits() {
        // 400,000 fitting respondents and a million in the wave: one point is "significant" but not material
        int k = 2;
        int fittingSize = 400_000;
        Placements fitting = placements(fittingSize, k, 4);
        DriftAnalysis analysis = DriftAnalysis.ofFitting(k, fitting.segments(), fitting.distances());
        double fittingShare0 = (double) analysis.fitting().segment(0).count() / fittingSize;
        WaveTally wave = analysis.newWave();
        SplittableRandom random = new SplittableRandom(5);
        for (int i = 0; i < 1_000_000; i++) {
            int segment = random.nextDouble() < fittingShare0 + 0.01 ? 0 : 1;
            wave.add(segment, (1 + segment) * random.nextDouble());
        }
        DriftReport report = analysis.report(wave);
        assertTrue(report.shareComparison().pValue() < DriftAnalysis.SHARES_SIGNIFICANCE, "p " + report);
        assertEquals(DriftVerdict.STILL_FITS, report.verdict(), report.summary());
    }

    @Test
    void distancesThatAreNotNumbersAreRefused() {
        DriftAnalysis analysis = DriftAnalysis.ofFitting(2, new int[] {0, 1}, new double[] {0.5, 0.7});
        WaveTally wave = analysis.newWave();
        assertThrows(IllegalArgumentException.class, () -> wave.add(0, Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> wave.add(2, 0.1));
        assertThrows(IllegalArgumentException.class, () -> analysis.report(wave));
    }

    private static double[] constant(int n, double value) {
        double[] values = new double[n];
        Arrays.fill(values, value);
        return values;
    }

    private static long[] counts(int[] segments, int[] kept) {
        long[] counts = new long[kept.length];
        for (int s : segments) {
            for (int i = 0; i < kept.length; i++) {
                if (kept[i] == s) {
                    counts[i]++;
                }
            }
        }
        return counts;
    }

    /** Pearson's chi-square of a contingency table, written out: expected = row total x column total / n. */
    private static double pearson(long[][] table) {
        double n = 0;
        double[] rows = new double[table.length];
        double[] columns = new double[table[0].length];
        for (int r = 0; r < table.length; r++) {
            for (int c = 0; c < table[r].length; c++) {
                rows[r] += table[r][c];
                columns[c] += table[r][c];
                n += table[r][c];
            }
        }
        double statistic = 0;
        for (int r = 0; r < table.length; r++) {
            for (int c = 0; c < table[r].length; c++) {
                double expected = rows[r] * columns[c] / n;
                statistic += (table[r][c] - expected) * (table[r][c] - expected) / expected;
            }
        }
        return statistic;
    }
}
