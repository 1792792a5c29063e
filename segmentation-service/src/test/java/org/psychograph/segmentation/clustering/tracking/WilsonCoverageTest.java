package org.psychograph.segmentation.clustering.tracking;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The 95% intervals of a drift report cover the true shares of simulated waves about 95% of the time. */
class WilsonCoverageTest {

    private static final int WAVES = 400;
    private static final int WAVE_SIZE = 250;
    private static final double[] TRUE_SHARES = {0.45, 0.30, 0.20, 0.05};

    @Test
    void segmentSharesAndMisfitShareAreCoveredAboutNinetyFivePercentOfTheTime() {
        SplittableRandom random = new SplittableRandom(2024);
        int k = TRUE_SHARES.length;
        // fitting distances uniform on [0, 1): a wave drawn the same way lies beyond a segment's p95 with
        // probability exactly 1 - p95, so the true misfit share is known
        int[] fittingSegments = new int[k * 400];
        double[] fittingDistances = new double[fittingSegments.length];
        for (int i = 0; i < fittingSegments.length; i++) {
            fittingSegments[i] = i % k;
            fittingDistances[i] = random.nextDouble();
        }
        DriftAnalysis analysis = DriftAnalysis.ofFitting(k, fittingSegments, fittingDistances);
        double trueMisfit = 0;
        for (int s = 0; s < k; s++) {
            trueMisfit += TRUE_SHARES[s] * (1 - analysis.fitting().segment(s).misfitDistance());
        }

        int[] segmentCovered = new int[k];
        int misfitCovered = 0;
        for (int w = 0; w < WAVES; w++) {
            WaveTally wave = analysis.newWave();
            for (int i = 0; i < WAVE_SIZE; i++) {
                wave.add(draw(random), random.nextDouble());
            }
            DriftReport report = analysis.report(wave);
            for (int s = 0; s < k; s++) {
                if (covers(report.segments().get(s).waveShare(), TRUE_SHARES[s])) {
                    segmentCovered[s]++;
                }
            }
            if (covers(report.misfit(), trueMisfit)) {
                misfitCovered++;
            }
        }
        for (int s = 0; s < k; s++) {
            assertCoverage("segment " + (s + 1) + " (true share " + TRUE_SHARES[s] + ")", segmentCovered[s]);
        }
        assertCoverage("misfit share (true " + trueMisfit + ")", misfitCovered);
    }

    private static int draw(SplittableRandom random) {
        double u = random.nextDouble();
        double cumulative = 0;
        for (int s = 0; s < TRUE_SHARES.length - 1; s++) {
            cumulative += TRUE_SHARES[s];
            if (u < cumulative) {
                return s;
            }
        }
        return TRUE_SHARES.length - 1;
    }

    private static boolean covers(Share share, double truth) {
        return share.low() <= truth && truth <= share.high();
    }

    private static void assertCoverage(String what, int covered) {
        double coverage = (double) covered / WAVES;
        assertTrue(
                coverage >= 0.92 && coverage <= 0.98,
                what + ": covered in " + covered + " of " + WAVES + " waves (" + coverage + ")");
    }
}
