package org.psychograph.segmentation.clustering.tracking;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The drift verdict as one sentence with its numbers; segments are numbered from 1, as analysts see them. */
final class DriftSummary {

    private DriftSummary() {}

    static String sentence(
            DriftVerdict verdict, List<SegmentDrift> segments, ShareComparison comparison, Share misfit) {
        String expected = wholePercent(DriftAnalysis.EXPECTED_MISFIT_SHARE) + " expected";
        return switch (verdict) {
            case NO_LONGER_FITS ->
                "the model no longer fits: " + percent(misfit.value()) + " of respondents fit no segment well ("
                        + expected + "): refit";
            case SHARES_CHANGED ->
                moves(segments) + " (" + test(comparison) + "); " + percent(misfit.value()) + " fit no segment well ("
                        + expected + ")";
            case STILL_FITS ->
                String.format(
                                Locale.ROOT,
                                "the model still fits: shares within %.1f points of the fitting data",
                                100 * largestChange(segments))
                        + " (" + test(comparison) + ") and " + percent(misfit.value()) + " fit no segment well ("
                        + expected + ")";
        };
    }

    /** "segment 3 grew from 18% to 27%, segment 1 shrank from 40% to 31%": material moves, largest first. */
    private static String moves(List<SegmentDrift> segments) {
        return segments.stream()
                .filter(DriftAnalysis::movedMaterially)
                .sorted(Comparator.comparingDouble((SegmentDrift s) -> -Math.abs(s.shareChange())))
                .map(s -> String.format(
                        Locale.ROOT,
                        "segment %d %s from %s to %s",
                        s.segment() + 1,
                        s.shareChange() > 0 ? "grew" : "shrank",
                        wholePercent(s.fittingShare()),
                        wholePercent(s.waveShare().value())))
                .collect(Collectors.joining(", "));
    }

    private static double largestChange(List<SegmentDrift> segments) {
        return segments.stream()
                .mapToDouble(s -> Math.abs(s.shareChange()))
                .max()
                .orElse(0);
    }

    private static String test(ShareComparison comparison) {
        if (comparison == null) {
            return "no chi-square test: fewer than two segments";
        }
        double p = comparison.pValue();
        if (p < 0.001) {
            return "chi-square p < 0.001";
        }
        return String.format(Locale.ROOT, p < 0.01 ? "chi-square p = %.3f" : "chi-square p = %.2f", p);
    }

    /** One decimal below 10% (5.2% against 5% expected matters), whole percent above. */
    static String percent(double share) {
        double points = 100 * share;
        return String.format(Locale.ROOT, points < 10 ? "%.1f%%" : "%.0f%%", points);
    }

    private static String wholePercent(double share) {
        return String.format(Locale.ROOT, "%.0f%%", 100 * share);
    }

    static String oneBased(List<Integer> segments) {
        return segments.stream().map(s -> String.valueOf(s + 1)).collect(Collectors.joining(", "));
    }
}
