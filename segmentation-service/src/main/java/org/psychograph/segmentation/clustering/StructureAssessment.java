package org.psychograph.segmentation.clustering;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Whether the data has segments at all, and at which k: each k's bootstrap stability against the stability of
 * the same k on structureless data of the same shape ({@link StructurelessData}).
 * <ul>
 * <li>A k is <b>clearly above the reference</b> when its median adjusted Rand index is at least
 * {@value #MIN_GAP} above the reference's median <i>and</i> its first quartile lies above the reference's third
 * quartile (the two boxes of the MSA book's boxplots do not overlap, so the difference is not resampling noise),
 * <i>or</i> when its segments are clearly more compact than the reference's: the median within sum of squares of
 * the bootstrap samples at least {@value #MIN_COMPACTNESS_GAP} lower on the log scale (the gap statistic's
 * comparison), the boxes again not overlapping. The second test is needed because shuffling a column keeps its
 * distribution: when single questions already separate the groups (well separated segments), the shuffled data
 * is a lattice of groups that reproduces as well as the data does, but it is far less compact.</li>
 * <li>A k is a <b>stability peak</b> when its median is at least the median of k-1 and more than
 * {@value #PEAK_MARGIN} above the median of k+1 (the last k of a plateau is its peak: it is the finest solution
 * that reproduces). The largest k analysed cannot be a peak, having no k+1 to compare with.</li>
 * </ul>
 * Natural: some k is clearly above and a peak. Reproducible: some k is clearly above, none of those a peak.
 * Constructive: no k is clearly above.
 *
 * @param type        null when no bootstrap stability was measured
 * @param explanation the verdict in plain words, with the numbers behind it
 * @param perK        per candidate, by k
 */
public record StructureAssessment(StructureType type, String explanation, List<KStructure> perK) {

    public static final double MIN_GAP = 0.10;
    public static final double PEAK_MARGIN = 0.05;
    public static final double MIN_COMPACTNESS_GAP = 0.10;

    /** One k's place in the assessment. */
    public record KStructure(int k, boolean clearlyAboveReference, boolean stabilityPeak) {}

    public StructureAssessment {
        perK = List.copyOf(perK);
    }

    public Optional<KStructure> of(int k) {
        return perK.stream().filter(s -> s.k() == k).findFirst();
    }

    public boolean clearlyAbove(int k) {
        return of(k).map(KStructure::clearlyAboveReference).orElse(false);
    }

    public boolean peak(int k) {
        return of(k).map(KStructure::stabilityPeak).orElse(false);
    }

    public static StructureAssessment assess(List<Candidate> candidates) {
        List<Candidate> byK = new ArrayList<>(candidates);
        byK.sort(Comparator.comparingInt(Candidate::k));
        boolean measured = byK.stream()
                .anyMatch(c -> Double.isFinite(c.medianStability())
                        && Double.isFinite(c.stability().reference().median()));
        List<KStructure> perK = new ArrayList<>();
        for (int i = 0; i < byK.size(); i++) {
            Candidate c = byK.get(i);
            Candidate lower = i > 0 && byK.get(i - 1).k() == c.k() - 1 ? byK.get(i - 1) : null;
            Candidate higher = i + 1 < byK.size() && byK.get(i + 1).k() == c.k() + 1 ? byK.get(i + 1) : null;
            perK.add(new KStructure(c.k(), clearlyAbove(c), peak(c, lower, higher)));
        }
        if (!measured) {
            return new StructureAssessment(
                    null, "The structure was not assessed: the run measured no bootstrap stability.", perK);
        }
        // perK is in the order of byK
        List<Candidate> above = byK.stream()
                .filter(c -> perK.get(byK.indexOf(c)).clearlyAboveReference())
                .toList();
        List<Candidate> peaks = above.stream()
                .filter(c -> perK.get(byK.indexOf(c)).stabilityPeak())
                .toList();
        if (above.isEmpty()) {
            Candidate closest = byK.stream()
                    .filter(c -> Double.isFinite(c.medianStability()))
                    .max(Comparator.comparingDouble(StructureAssessment::gap))
                    .orElse(byK.get(0));
            return new StructureAssessment(
                    StructureType.CONSTRUCTIVE,
                    "Constructive segmentation: no k is clearly more stable than the same data with its answers "
                            + "shuffled column by column (largest difference at k=" + closest.k() + ": "
                            + versus(closest) + "), so the data has no segments of its own; any segmentation is a "
                            + "useful cut chosen by the analyst, not a finding.",
                    perK);
        }
        if (!peaks.isEmpty()) {
            return new StructureAssessment(
                    StructureType.NATURAL,
                    "Natural segments: stability peaks at k=" + ks(peaks) + " clearly above structureless data of "
                            + "the same shape ("
                            + peaks.stream().map(StructureAssessment::versus).collect(Collectors.joining("; ")) + ").",
                    perK);
        }
        return new StructureAssessment(
                StructureType.REPRODUCIBLE,
                "Reproducible segments: k=" + ks(above) + " are clearly more stable than structureless data of the "
                        + "same shape ("
                        + above.stream().map(StructureAssessment::versus).collect(Collectors.joining("; "))
                        + "), but no k stands out as a stability peak; the data "
                        + "has structure, not distinct segments, so the choice of k is the analyst's.",
                perK);
    }

    private static boolean clearlyAbove(Candidate c) {
        GlobalStability data = c.stability().global();
        GlobalStability reference = c.stability().reference();
        boolean moreStable = Double.isFinite(data.median())
                && Double.isFinite(reference.median())
                && data.median() - reference.median() >= MIN_GAP
                && data.firstQuartile() > reference.thirdQuartile();
        return moreStable || c.stability().clearlyMoreCompact(MIN_COMPACTNESS_GAP);
    }

    private static boolean peak(Candidate c, Candidate lower, Candidate higher) {
        double median = c.medianStability();
        if (!Double.isFinite(median) || higher == null || !Double.isFinite(higher.medianStability())) {
            return false;
        }
        boolean notBelowLower =
                lower == null || !Double.isFinite(lower.medianStability()) || median >= lower.medianStability();
        return notBelowLower && median > higher.medianStability() + PEAK_MARGIN;
    }

    private static double gap(Candidate c) {
        return c.medianStability() - c.stability().reference().median();
    }

    static String versus(Candidate c) {
        double gap = c.stability().compactnessGap();
        return "k=" + c.k() + " median ARI " + format(c.medianStability()) + " against "
                + format(c.stability().reference().median())
                + (Double.isFinite(gap)
                        ? ", shuffled segments " + String.format(Locale.ROOT, "%.1f", Math.exp(gap)) + "x as spread out"
                        : "");
    }

    private static String ks(List<Candidate> candidates) {
        return candidates.stream().map(c -> Integer.toString(c.k())).collect(Collectors.joining(", "));
    }

    private static String format(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }
}
