package org.psychograph.segmentation.clustering.tracking;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.hipparchus.stat.inference.ChiSquareTest;

/**
 * Does a run's model still describe a new wave? Compares the wave's placements (segment and distance, made with the
 * same model) with the run's own assignments: segment shares (chi-square test, Wilson intervals) and the share of
 * respondents farther from their centre than 95% of the fitting data were ("fit no segment well").
 */
public final class DriftAnalysis {

    /** Misfit share when the wave is like the fitting data: the p95 leaves 5% of the fitting data beyond it. */
    public static final double EXPECTED_MISFIT_SHARE = (100 - FittingBaseline.MISFIT_PERCENTILE) / 100;

    /**
     * The model no longer fits when the misfit share's interval lies above twice the expected 5%: a doubling is
     * too large to be noise in the p95 itself, and the interval keeps small waves from being judged on a handful.
     */
    public static final double MISFIT_VERDICT_FLOOR = 2 * EXPECTED_MISFIT_SHARE;

    /** Significance of the chi-square test for "shares changed"; strict because waves are compared often. */
    public static final double SHARES_SIGNIFICANCE = 0.01;

    /**
     * Practical significance: some segment must move by at least 3 percentage points. With a million respondents
     * any change is statistically significant; a marketer acts on a few points, not on a tenth of one.
     */
    public static final double MATERIAL_SHARE_CHANGE = 0.03;

    private final FittingBaseline fitting;

    public DriftAnalysis(FittingBaseline fitting) {
        this.fitting = Objects.requireNonNull(fitting, "fitting");
    }

    /** From the run's own assignments (0-based segment and distance to its centre, per respondent). */
    public static DriftAnalysis ofFitting(int k, int[] segment, double[] distance) {
        return new DriftAnalysis(FittingBaseline.of(k, segment, distance));
    }

    /** Both sides at once, for a wave small enough to hold in memory. */
    public static DriftReport compare(
            int k, int[] fittingSegment, double[] fittingDistance, int[] waveSegment, double[] waveDistance) {
        DriftAnalysis analysis = ofFitting(k, fittingSegment, fittingDistance);
        Tracking.checkPlacements(k, waveSegment, waveDistance);
        WaveTally wave = analysis.newWave();
        for (int i = 0; i < waveSegment.length; i++) {
            wave.add(waveSegment[i], waveDistance[i]);
        }
        return analysis.report(wave);
    }

    public FittingBaseline fitting() {
        return fitting;
    }

    /** An empty tally for (part of) a wave placed with this model. */
    public WaveTally newWave() {
        return new WaveTally(fitting);
    }

    public DriftReport report(WaveTally wave) {
        if (!wave.fitting().equals(fitting)) {
            throw new IllegalArgumentException("the wave was tallied against other fitting data");
        }
        long waveTotal = wave.total();
        if (waveTotal == 0) {
            throw new IllegalArgumentException("the wave has no respondents");
        }
        int k = fitting.k();
        List<String> notes = new ArrayList<>();
        List<SegmentDrift> segments = new ArrayList<>(k);
        long beyond = 0;
        for (int s = 0; s < k; s++) {
            segments.add(segment(fitting.segment(s), wave, waveTotal));
            beyond += wave.beyond(s);
            if (fitting.segment(s).count() == 0 && wave.count(s) > 0) {
                notes.add("segment " + (s + 1) + " had no respondents in the fitting data; its " + wave.count(s)
                        + " wave respondents count as fitting no segment well");
            }
        }
        ShareComparison comparison = compareShares(wave, notes);
        Share misfit = Share.of(beyond, waveTotal);
        DriftVerdict verdict = verdict(segments, comparison, misfit);
        return new DriftReport(
                k,
                fitting.respondents(),
                waveTotal,
                segments,
                comparison,
                misfit,
                EXPECTED_MISFIT_SHARE,
                verdict,
                DriftSummary.sentence(verdict, segments, comparison, misfit),
                notes);
    }

    private SegmentDrift segment(SegmentBaseline base, WaveTally wave, long waveTotal) {
        int s = base.segment();
        double fittingShare = (double) base.count() / fitting.respondents();
        Share waveShare = Share.of(wave.count(s), waveTotal);
        return new SegmentDrift(
                s,
                base.count(),
                fittingShare,
                waveShare,
                waveShare.value() - fittingShare,
                base.meanDistance(),
                wave.meanDistance(s),
                base.misfitDistance(),
                wave.count(s) == 0 ? null : Share.of(wave.beyond(s), wave.count(s)));
    }

    /**
     * Hipparchus' two-sample chi-square refuses a segment empty on both sides (its expected count is 0): such
     * segments carry no information about a change and are left out, with a note.
     */
    private ShareComparison compareShares(WaveTally wave, List<String> notes) {
        List<Integer> compared = new ArrayList<>();
        List<Integer> leftOut = new ArrayList<>();
        for (int s = 0; s < fitting.k(); s++) {
            (fitting.segment(s).count() + wave.count(s) == 0 ? leftOut : compared).add(s);
        }
        if (!leftOut.isEmpty()) {
            notes.add("left out of the chi-square test, empty in both the fitting data and the wave: segment"
                    + (leftOut.size() > 1 ? "s " : " ") + DriftSummary.oneBased(leftOut));
        }
        if (compared.size() < 2) {
            notes.add("no chi-square test: fewer than two segments have respondents");
            return null;
        }
        long[] fittingCounts = new long[compared.size()];
        long[] waveCounts = new long[compared.size()];
        for (int i = 0; i < compared.size(); i++) {
            fittingCounts[i] = fitting.segment(compared.get(i)).count();
            waveCounts[i] = wave.count(compared.get(i));
        }
        ChiSquareTest test = new ChiSquareTest();
        return new ShareComparison(
                test.chiSquareDataSetsComparison(fittingCounts, waveCounts),
                compared.size() - 1,
                test.chiSquareTestDataSetsComparison(fittingCounts, waveCounts),
                leftOut);
    }

    private static DriftVerdict verdict(List<SegmentDrift> segments, ShareComparison comparison, Share misfit) {
        if (misfit.above(MISFIT_VERDICT_FLOOR)) {
            return DriftVerdict.NO_LONGER_FITS;
        }
        boolean material = segments.stream().anyMatch(DriftAnalysis::movedMaterially);
        if (comparison != null && comparison.pValue() < SHARES_SIGNIFICANCE && material) {
            return DriftVerdict.SHARES_CHANGED;
        }
        return DriftVerdict.STILL_FITS;
    }

    static boolean movedMaterially(SegmentDrift segment) {
        // a small tolerance so that a change of exactly 3 points, computed in floating point, counts
        return Math.abs(segment.shareChange()) >= MATERIAL_SHARE_CHANGE - 1e-12;
    }
}
