package org.psychograph.segmentation.clustering;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;

/**
 * The number of segments the evidence points to, with the reason in plain words, and the most stable split as a
 * second answer. The analyst may choose another candidate; every candidate keeps its solution.
 * <p>
 * <b>The recommendation</b> ({@link #recommend(List, StructureAssessment, PersonaRange)}) looks only at the
 * persona range (default 3..6, the numbers of segments a marketing team can act on), in this order:
 * <ol>
 * <li><b>Structure</b>: the k that are stability peaks clearly above structureless data
 * ({@link StructureAssessment}); if none, those clearly above it; if none, every k of the range (the data is
 * then constructive and the choice is the analyst's).</li>
 * <li><b>Segment-level stability</b>: the highest share of segments with a mean bootstrap Jaccard of at least
 * {@value StabilityAnalysis#STABLE_SEGMENT_JACCARD}, then a weakest segment within {@value #WEAKEST_TOLERANCE} of
 * the best: a solution is only as usable as its least reproducible persona.</li>
 * <li><b>Separation</b>: mean silhouette within {@value #SILHOUETTE_TOLERANCE} of the best.</li>
 * <li><b>Parsimony</b>: the fewest segments among what is left.</li>
 * </ol>
 * <b>The most stable split</b> ({@link #mostStableSplit(List)}, the rule before persona ranges; on survey data
 * nearly always k=2) is kept as {@link #mostStableSplit()} and named in the reason:
 * <ol>
 * <li><b>Stable candidates</b>: those whose median bootstrap adjusted Rand index is at least
 * {@value #STABLE_MEDIAN_ARI}. If none reaches it, the candidates within {@value #RELAXED_WINDOW} of the best
 * median. Without bootstrap evidence every candidate is kept.</li>
 * <li><b>Best separated</b>: among those, the highest mean silhouette (bounded and comparable across k, unlike the
 * within-segment sums; Calinski-Harabasz favours larger k on data without clear structure).</li>
 * <li><b>Fewest segments</b>: silhouettes within {@value #SILHOUETTE_TOLERANCE} of the best are equal, and the
 * smallest k among them is chosen.</li>
 * </ol>
 *
 * @param mostStableSplit the second answer (null on the second answer itself)
 */
public record KRecommendation(int k, String reason, KRecommendation mostStableSplit) {

    public static final double STABLE_MEDIAN_ARI = 0.80;
    public static final double RELAXED_WINDOW = 0.10;
    public static final double SILHOUETTE_TOLERANCE = 0.02;
    public static final double WEAKEST_TOLERANCE = 0.05;

    public KRecommendation(int k, String reason) {
        this(k, reason, null);
    }

    /** Within the default persona range. */
    public static KRecommendation recommend(List<Candidate> candidates) {
        return recommend(candidates, StructureAssessment.assess(candidates), PersonaRange.DEFAULT);
    }

    public static KRecommendation recommend(
            List<Candidate> candidates, StructureAssessment structure, PersonaRange range) {
        KRecommendation mostStable = mostStableSplit(candidates);
        List<Candidate> byK = new ArrayList<>(candidates);
        byK.sort(Comparator.comparingInt(Candidate::k));
        List<Candidate> inRange =
                byK.stream().filter(c -> range.contains(c.k())).toList();
        String scope = "within the persona range " + range;
        if (inRange.isEmpty()) {
            inRange = byK;
            scope = "no k of the persona range " + range + " was analysed, so among k=" + ks(byK);
        }
        String pick;
        List<Candidate> pool;
        if (inRange.stream().noneMatch(c -> Double.isFinite(c.medianStability()))) {
            pool = inRange;
            pick = "no bootstrap stability was measured";
        } else if (inRange.stream()
                .noneMatch(c -> Double.isFinite(c.stability().reference().median()))) {
            pool = inRange;
            pick = "the stability of structureless data was not measured (a run from before it was), so every k "
                    + "of the range is considered";
        } else {
            List<Candidate> above =
                    inRange.stream().filter(c -> structure.clearlyAbove(c.k())).toList();
            List<Candidate> peaks =
                    above.stream().filter(c -> structure.peak(c.k())).toList();
            if (!peaks.isEmpty()) {
                pool = peaks;
                pick = "stability " + (peaks.size() == 1 ? "peaks" : "has peaks") + " clearly above structureless "
                        + "data at " + versus(peaks);
            } else if (!above.isEmpty()) {
                pool = above;
                pick = "no stability peak, but clearly above structureless data at " + versus(above);
            } else {
                pool = inRange;
                pick = "no k is clearly more stable than structureless data, " + versus(inRange)
                        + ", so the segments are constructive";
            }
        }
        Candidate chosen;
        String ranking = "";
        if (pool.size() == 1) {
            chosen = pool.get(0);
        } else {
            List<Candidate> bySegments = best(pool, c -> orLow(c.stability().stableSegmentShare()), 1e-9);
            bySegments = best(bySegments, c -> orLow(c.stability().weakestSegmentJaccard()), WEAKEST_TOLERANCE);
            List<Candidate> bySeparation = best(bySegments, c -> orLow(c.silhouette()), SILHOUETTE_TOLERANCE);
            chosen = bySeparation.get(0);
            List<String> why = new ArrayList<>();
            if (bySegments.size() < pool.size()) {
                why.add("the most stable segments");
            }
            if (bySeparation.size() < bySegments.size()) {
                why.add("the best separation");
            }
            if (bySeparation.size() > 1 || why.isEmpty()) {
                why.add("the fewest segments");
            }
            ranking = "; among these it has " + String.join(", then ", why) + " ("
                    + pool.stream().map(KRecommendation::segmentEvidence).collect(Collectors.joining("; ")) + ")";
        }
        String second = mostStable.k() == chosen.k()
                ? " It is also the most stable split overall."
                : " The most stable split overall is k=" + mostStable.k() + " ("
                        + mostStable
                                .reason()
                                .substring(mostStable.reason().indexOf(':') + 2)
                                .replaceAll("\\.$", "") + ").";
        String reason = "k=" + chosen.k() + " " + scope + ": " + pick + ranking + "." + second;
        return new KRecommendation(chosen.k(), reason, mostStable);
    }

    /** The most stable, best separated, smallest k over every candidate (see the class comment). */
    public static KRecommendation mostStableSplit(List<Candidate> candidates) {
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

    private static List<Candidate> best(List<Candidate> pool, ToDoubleFunction<Candidate> score, double tolerance) {
        double top = pool.stream().mapToDouble(score).max().orElseThrow();
        return pool.stream()
                .filter(c -> score.applyAsDouble(c) >= top - tolerance)
                .toList();
    }

    private static double orLow(double value) {
        return Double.isFinite(value) ? value : -1;
    }

    /** "k=4: 4 of 4 segments with Jaccard >= 0.60, weakest 0.83, silhouette 0.41". */
    private static String segmentEvidence(Candidate c) {
        double share = c.stability().stableSegmentShare();
        String segments = Double.isFinite(share)
                ? Math.round(share * c.k()) + " of " + c.k() + " segments with Jaccard >= "
                        + format(StabilityAnalysis.STABLE_SEGMENT_JACCARD) + ", weakest "
                        + format(c.stability().weakestSegmentJaccard()) + ", "
                : "";
        return "k=" + c.k() + ": " + segments + "silhouette " + format(c.silhouette());
    }

    /** "k=3, 4 (median ARI 0.65, 0.52 against 0.17, 0.18 on structureless data)". */
    private static String versus(List<Candidate> candidates) {
        String medians =
                candidates.stream().map(c -> format(c.medianStability())).collect(Collectors.joining(", "));
        boolean referenced = candidates.stream()
                .allMatch(c -> Double.isFinite(c.stability().reference().median()));
        String references = candidates.stream()
                .map(c -> format(c.stability().reference().median()))
                .collect(Collectors.joining(", "));
        return "k=" + ks(candidates) + " (median ARI " + medians
                + (referenced ? " against " + references + " on structureless data" : "") + ")";
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
