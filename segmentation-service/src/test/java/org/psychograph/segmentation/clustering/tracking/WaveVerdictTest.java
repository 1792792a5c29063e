package org.psychograph.segmentation.clustering.tracking;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.psychograph.segmentation.clustering.NearestCentroids;
import org.psychograph.segmentation.clustering.Placement;

/**
 * Waves with a known change, placed with a model fitted on three blobs: the verdict must name the change in at
 * least nine of ten seeds.
 */
class WaveVerdictTest {

    private static final int SEEDS = 10;
    private static final int WAVE_SIZE = 1500;
    private static final double SHIFT = 0.12;

    private record Outcome(List<String> wrong, List<String> all) {}

    @Test
    void theVerdictNamesTheChangeInAtLeastNineOfTenSeeds() {
        Outcome same = new Outcome(new ArrayList<>(), new ArrayList<>());
        Outcome shifted = new Outcome(new ArrayList<>(), new ArrayList<>());
        Outcome unseen = new Outcome(new ArrayList<>(), new ArrayList<>());
        for (long seed = 1; seed <= SEEDS; seed++) {
            BlobWaves population = new BlobWaves(5, 6.0, 500 + seed);
            FittedModel model = FittedModel.fit(population.fitting(), BlobWaves.KNOWN, seed);
            int[] segmentOfBlob = model.segmentOfTruth(population.fittingTruth(), BlobWaves.KNOWN);
            DriftAnalysis analysis = DriftAnalysis.ofFitting(model.k(), model.labels(), model.distances());

            DriftReport unchanged = report(analysis, model, population.wave(WAVE_SIZE, shares(-1, 0), seed));
            record(same, seed, unchanged, unchanged.verdict() == DriftVerdict.STILL_FITS);

            int grown = (int) (seed % BlobWaves.KNOWN);
            DriftReport moved = report(analysis, model, population.wave(WAVE_SIZE, shares(grown, 0), seed));
            int grownSegment = segmentOfBlob[grown];
            SegmentDrift largest = moved.segments().stream()
                    .max((x, y) -> Double.compare(Math.abs(x.shareChange()), Math.abs(y.shareChange())))
                    .orElseThrow();
            record(
                    shifted,
                    seed,
                    moved,
                    moved.verdict() == DriftVerdict.SHARES_CHANGED
                            && largest.segment() == grownSegment
                            && moved.summary().startsWith("segment " + (grownSegment + 1) + " grew from "));

            DriftReport newSegment = report(analysis, model, population.wave(WAVE_SIZE, shares(-1, 0.20), seed));
            record(unseen, seed, newSegment, newSegment.verdict() == DriftVerdict.NO_LONGER_FITS);
        }
        System.out.printf(
                "drift verdicts right: same %d/%d, +12 points %d/%d, unseen segment %d/%d%n",
                SEEDS - same.wrong().size(),
                SEEDS,
                SEEDS - shifted.wrong().size(),
                SEEDS,
                SEEDS - unseen.wrong().size(),
                SEEDS);
        System.out.println("for example:\n  " + same.all().get(0) + "\n  "
                + shifted.all().get(0) + "\n  " + unseen.all().get(0));
        assertTrue(
                same.wrong().size() <= 1,
                "same distribution, right in " + (SEEDS - same.wrong().size()) + " of " + SEEDS + "; wrong: "
                        + same.wrong());
        assertTrue(
                shifted.wrong().size() <= 1,
                "one blob +12 points, right in " + (SEEDS - shifted.wrong().size()) + " of " + SEEDS + "; wrong: "
                        + shifted.wrong());
        assertTrue(
                unseen.wrong().size() <= 1,
                "20% from an unseen blob, right in " + (SEEDS - unseen.wrong().size()) + " of " + SEEDS + "; wrong: "
                        + unseen.wrong());
    }

    /**
     * Shares of the four blobs: the three known ones equal in what {@code unseen} leaves; blob {@code grown} (if
     * not -1) gets {@link #SHIFT} more, taken equally from the other two.
     */
    private static double[] shares(int grown, double unseen) {
        double[] shares = new double[BlobWaves.BLOBS];
        for (int t = 0; t < BlobWaves.KNOWN; t++) {
            shares[t] = (1 - unseen) / BlobWaves.KNOWN;
            if (grown >= 0) {
                shares[t] += t == grown ? SHIFT : -SHIFT / (BlobWaves.KNOWN - 1);
            }
        }
        shares[BlobWaves.KNOWN] = unseen;
        return shares;
    }

    private static DriftReport report(DriftAnalysis analysis, FittedModel model, double[][] wave) {
        NearestCentroids placer = model.placer();
        WaveTally tally = analysis.newWave();
        for (double[] respondent : wave) {
            Placement placement = placer.place(respondent);
            tally.add(placement.segment(), placement.distance());
        }
        return analysis.report(tally);
    }

    private static void record(Outcome outcome, long seed, DriftReport report, boolean right) {
        String line = "seed " + seed + ": " + report.verdict() + " (" + report.summary() + ")";
        outcome.all().add(line);
        if (!right) {
            outcome.wrong().add(line);
        }
    }
}
