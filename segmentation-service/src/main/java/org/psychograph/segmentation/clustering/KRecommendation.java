package org.psychograph.segmentation.clustering;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The number of segments the evidence points to, with the reason in plain words. The analyst may choose another
 * candidate; every candidate keeps its solution.
 * <p>
 * The rule, stability first (a solution that does not reproduce is not a finding), then separation, then
 * parsimony:
 * <ol>
 * <li><b>Stable candidates</b>: those whose median bootstrap adjusted Rand index is at least
 * {@value #STABLE_MEDIAN_ARI} (agreement well above what resampling noise leaves; values around 0.5 mean the
 * bootstrap solutions often cut the data differently). If none reaches it, the candidates within
 * {@value #RELAXED_WINDOW} of the best median are kept instead, and the reason says that no k is clearly
 * stable. Without bootstrap evidence every candidate is kept and the reason says so.</li>
 * <li><b>Best separated</b>: among those, the highest mean silhouette. The silhouette is bounded and comparable
 * across k, unlike the within-segment sums (which always fall as k grows) and Calinski-Harabasz (which tends to
 * favour larger k on data without clear structure). Davies-Bouldin is reported, not used.</li>
 * <li><b>Fewest segments</b>: candidates whose silhouette is within {@value #SILHOUETTE_TOLERANCE} of the best
 * are treated as equal (smaller differences are within sampling variation), and the smallest k among them is
 * chosen: fewer segments are easier to act on and to keep stable.</li>
 * </ol>
 * On well-separated data this finds the true k: too few segments merge groups (lower silhouette), too many split
 * a group arbitrarily (lower stability or silhouette).
 */
public record KRecommendation(int k, String reason) {

    public static final double STABLE_MEDIAN_ARI = 0.80;
    public static final double RELAXED_WINDOW = 0.10;
    public static final double SILHOUETTE_TOLERANCE = 0.02;

    public static KRecommendation recommend(List<Candidate> candidates) {
        if (candidates.isEmpty()) {
            throw new IllegalArgumentException("no candidate to recommend from");
        }
        List<Candidate> byK = new ArrayList<>(candidates);
        byK.sort(Comparator.comparingInt(Candidate::k));
        if (byK.size() == 1) {
            Candidate only = byK.get(0);
            return new KRecommendation(
                    only.k(), "k=" + only.k() + ": the only number of segments analysed" + stabilityNote(only) + ".");
        }
        List<Candidate> pool = byK.stream()
                .filter(c -> c.medianStability() >= STABLE_MEDIAN_ARI)
                .toList();
        String poolReason;
        if (byK.stream().noneMatch(c -> Double.isFinite(c.medianStability()))) {
            pool = byK;
            poolReason = "no bootstrap stability was measured, so every k was considered";
        } else if (!pool.isEmpty()) {
            poolReason = "median bootstrap ARI of at least " + format(STABLE_MEDIAN_ARI) + " for k=" + ks(pool) + " ("
                    + medians(pool) + ")";
        } else {
            double bestMedian = byK.stream()
                    .mapToDouble(Candidate::medianStability)
                    .filter(Double::isFinite)
                    .max()
                    .orElseThrow();
            pool = byK.stream()
                    .filter(c -> c.medianStability() >= bestMedian - RELAXED_WINDOW)
                    .toList();
            poolReason = "no k reaches a median bootstrap ARI of " + format(STABLE_MEDIAN_ARI)
                    + "; the most stable (within " + format(RELAXED_WINDOW) + " of the best) are k=" + ks(pool)
                    + " (" + medians(pool) + "), so treat the segments with caution";
        }
        double bestSilhouette =
                pool.stream().mapToDouble(Candidate::silhouette).max().orElseThrow();
        List<Candidate> tied = pool.stream()
                .filter(c -> c.silhouette() >= bestSilhouette - SILHOUETTE_TOLERANCE)
                .toList();
        Candidate chosen = tied.get(0);
        StringBuilder reason =
                new StringBuilder("k=").append(chosen.k()).append(": ").append(poolReason);
        if (pool.size() == 1) {
            reason.append('.');
        } else {
            reason.append("; among these it has the highest mean silhouette");
            if (tied.size() > 1) {
                reason.append(" within ")
                        .append(format(SILHOUETTE_TOLERANCE))
                        .append(" of the best (k=")
                        .append(ks(tied))
                        .append(") and the fewest segments");
            }
            reason.append(" (silhouette ")
                    .append(pool.stream()
                            .map(c -> "k=" + c.k() + " " + format(c.silhouette()))
                            .collect(Collectors.joining(", ")))
                    .append(").");
        }
        return new KRecommendation(chosen.k(), reason.toString());
    }

    private static String stabilityNote(Candidate candidate) {
        return Double.isFinite(candidate.medianStability())
                ? " (median bootstrap ARI " + format(candidate.medianStability()) + ")"
                : "";
    }

    private static String ks(List<Candidate> candidates) {
        return candidates.stream().map(c -> Integer.toString(c.k())).collect(Collectors.joining(", "));
    }

    private static String medians(List<Candidate> candidates) {
        return candidates.stream().map(c -> format(c.medianStability())).collect(Collectors.joining(", "));
    }

    private static String format(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }
}
