package org.psychograph.segmentation.pipeline;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.psychograph.segmentation.clustering.Candidate;
import org.psychograph.segmentation.clustering.GlobalStability;
import org.psychograph.segmentation.clustering.KRecommendation;
import org.psychograph.segmentation.clustering.StructureAssessment;
import org.psychograph.segmentation.clustering.profile.CategoricalBreakdown;
import org.psychograph.segmentation.clustering.profile.ChosenSolution;
import org.psychograph.segmentation.clustering.profile.DescriptorBreakdown;
import org.psychograph.segmentation.clustering.profile.NumericBreakdown;
import org.psychograph.segmentation.clustering.profile.Segment;
import org.psychograph.segmentation.clustering.profile.SegmentProfile;
import org.psychograph.segmentation.clustering.storage.RunProvenance;
import org.psychograph.segmentation.model.DescriptorKind;
import org.psychograph.segmentation.model.Dimension;
import org.psychograph.segmentation.model.FiniteNumbers;
import org.psychograph.segmentation.model.QuestionInfo;
import org.psychograph.segmentation.stored.StoredCandidate;
import org.psychograph.segmentation.stored.StoredProvenance;
import org.psychograph.segmentation.stored.StoredRunReport;
import org.psychograph.segmentation.stored.StoredSegment;
import org.psychograph.segmentation.stored.StoredSegment.CategoryShare;
import org.psychograph.segmentation.stored.StoredSegment.CentroidValue;
import org.psychograph.segmentation.stored.StoredSegment.ProfileEntry;
import org.psychograph.segmentation.stored.StoredSegmentStability;
import org.psychograph.segmentation.stored.StoredStructure;
import org.psychograph.segmentation.stored.StoredTypingTool;

/**
 * Turns the engine's results into the report a run stores (its stored type, which the API maps to its views).
 * Numbers GraphQL cannot carry are refused here, when the run is finalised, as the views would refuse them: an
 * undefined statistic is stored as null, a quantity that must be finite fails the task.
 */
public final class ReportBuilder {

    /** How many marker variables name a segment. */
    static final int LABEL_MARKERS = 3;

    private ReportBuilder() {}

    public static StoredRunReport report(
            String runId,
            List<Candidate> candidates,
            StructureAssessment structure,
            KRecommendation recommendation,
            ChosenSolution chosen,
            RunInput input,
            RunProvenance provenance,
            List<String> notes,
            StoredTypingTool typingTool) {
        List<StoredCandidate> stored = candidates.stream()
                .map(c -> candidate(c, structure, recommendation))
                .toList();
        KRecommendation mostStable = recommendation.mostStableSplit();
        return new StoredRunReport(
                stored,
                segments(runId, chosen, input),
                notes,
                provenance(provenance),
                new StoredStructure(
                        structure.type() == null ? null : structure.type().name(), structure.explanation()),
                mostStable == null ? null : mostStable.k(),
                mostStable == null ? null : mostStable.reason(),
                typingTool);
    }

    static StoredCandidate candidate(Candidate c, StructureAssessment structure, KRecommendation recommendation) {
        GlobalStability g = c.stability() == null ? null : c.stability().global();
        boolean hasStability = g != null && g.adjustedRand() != null && g.adjustedRand().length > 0;
        List<Integer> sizes = Arrays.stream(c.solution().sizes())
                .boxed()
                .sorted(Comparator.reverseOrder())
                .toList();
        String which = " of k=" + c.k();
        GlobalStability reference = c.stability() == null ? null : c.stability().reference();
        boolean hasReference = reference != null && reference.replicates() > 0;
        // an undefined agreement (both partitions trivial) is no evidence either way
        List<Double> replicates = hasStability
                ? Arrays.stream(g.adjustedRand())
                        .filter(Double::isFinite)
                        .boxed()
                        .toList()
                : List.of();
        return new StoredCandidate(
                c.k(),
                FiniteNumbers.required(c.withinSumOfSquares(), "the within sum of squares" + which),
                FiniteNumbers.required(c.withinDistanceSum(), "the within distance sum" + which),
                FiniteNumbers.orNull(c.silhouette()),
                c.silhouetteSampleSize(),
                FiniteNumbers.orNull(c.calinskiHarabasz()),
                FiniteNumbers.orNull(c.daviesBouldin()),
                hasStability ? FiniteNumbers.orNull(g.median()) : null,
                hasStability ? FiniteNumbers.orNull(g.firstQuartile()) : null,
                hasStability ? FiniteNumbers.orNull(g.thirdQuartile()) : null,
                replicates,
                sizes,
                c.k() == recommendation.k(),
                segmentStability(c),
                hasReference ? FiniteNumbers.orNull(reference.median()) : null,
                hasReference ? FiniteNumbers.orNull(reference.firstQuartile()) : null,
                hasReference ? FiniteNumbers.orNull(reference.thirdQuartile()) : null,
                hasReference ? reference.replicates() : null,
                hasReference ? structure.clearlyAbove(c.k()) : null,
                hasStability ? structure.peak(c.k()) : null,
                recommendation.mostStableSplit() != null
                        && c.k() == recommendation.mostStableSplit().k(),
                c.stability() == null
                        ? null
                        : FiniteNumbers.orNull(c.stability().compactnessGap()));
    }

    /** Every segment's bootstrap stability in this candidate's solution, largest segment first. */
    static List<StoredSegmentStability> segmentStability(Candidate c) {
        if (c.stability() == null || c.stability().segments() == null) {
            return List.of();
        }
        int[] sizes = c.solution().sizes();
        return c.stability().segments().stream()
                .map(s -> new StoredSegmentStability(
                        s.segment() + 1,
                        sizes[s.segment()],
                        FiniteNumbers.orNull(s.meanJaccard()),
                        FiniteNumbers.orNull(s.medianJaccard())))
                .toList();
    }

    public static List<StoredSegment> segments(String runId, ChosenSolution chosen, RunInput input) {
        List<StoredSegment> segments = new ArrayList<>();
        String[] codes = input.prepared().matrix().variableCodes();
        Set<String> labels = new HashSet<>();
        for (Segment s : chosen.segments()) {
            int number = s.segment() + 1;
            List<CentroidValue> centroid = new ArrayList<>();
            for (int j = 0; j < codes.length; j++) {
                centroid.add(new CentroidValue(
                        codes[j], FiniteNumbers.required(s.centroid()[j], "the segment centre on " + codes[j])));
            }
            String pValueNote = pValueNote(s.size(), chosen.assignments().size());
            List<ProfileEntry> profile =
                    s.profile().stream().map(p -> profile(p, input, pValueNote)).toList();
            List<StoredSegment.DescriptorBreakdown> descriptors = chosen.descriptors().stream()
                    .map(d -> descriptor(d, s.segment(), input))
                    .toList();
            String label =
                    distinct(label(s.profile(), code -> input.question(code).text()), number, labels);
            segments.add(new StoredSegment(
                    runId + ":" + number,
                    runId,
                    number,
                    label,
                    s.size(),
                    FiniteNumbers.required(s.share(), "the share of segment " + number),
                    s.stability() == null
                            ? null
                            : FiniteNumbers.orNull(s.stability().meanJaccard()),
                    centroid,
                    profile,
                    descriptors));
        }
        return segments;
    }

    private static ProfileEntry profile(SegmentProfile p, RunInput input, String pValueNote) {
        QuestionInfo q = input.question(p.variableCode());
        Double pValue = finite(p.adjustedPValue());
        String code = p.variableCode();
        return new ProfileEntry(
                code,
                q.text(),
                Dimension.of(q.dimension()),
                FiniteNumbers.required(p.segmentMean(), "the segment mean of " + code),
                FiniteNumbers.required(p.overallMean(), "the overall mean of " + code),
                FiniteNumbers.required(p.difference(), "the difference on " + code),
                FiniteNumbers.required(p.standardisedDifference(), "the standardised difference on " + code),
                pValue,
                pValue == null ? (pValueNote == null ? "the test is not defined for this segment" : pValueNote) : null,
                p.marker());
    }

    /** Why a segment's t-tests are undefined, said once per segment (see SegmentProfiler.welchPValue). */
    static String pValueNote(int segmentSize, int respondents) {
        if (segmentSize < 2) {
            return "the segment has " + (segmentSize == 1 ? "one member" : segmentSize + " members")
                    + "; a t-test needs at least two in each group";
        }
        if (respondents - segmentSize < 2) {
            return "the rest of the sample has fewer than two members; a t-test needs at least two in each group";
        }
        return "the t-test is not defined here (no variance to test against)";
    }

    private static StoredSegment.DescriptorBreakdown descriptor(DescriptorBreakdown d, int segment, RunInput input) {
        if (d instanceof NumericBreakdown n) {
            QuestionInfo q = input.question(n.code());
            return new StoredSegment.DescriptorBreakdown(
                    n.code(),
                    q.text(),
                    Dimension.of(q.dimension()),
                    DescriptorKind.NUMERIC,
                    finite(n.pValue()),
                    "one-way ANOVA",
                    finite(n.segmentMeans()[segment]),
                    finite(n.overallMean()),
                    List.of());
        }
        CategoricalBreakdown c = (CategoricalBreakdown) d;
        QuestionInfo q = input.question(c.code());
        long segmentTotal = Arrays.stream(c.counts()[segment]).sum();
        long overallTotal =
                Arrays.stream(c.counts()).flatMapToLong(Arrays::stream).sum();
        List<CategoryShare> categories = new ArrayList<>();
        for (String label : orderedCategories(c, q)) {
            int index = Arrays.asList(c.categories()).indexOf(label);
            long count = index < 0 ? 0 : c.counts()[segment][index];
            long overall = 0;
            if (index >= 0) {
                for (long[] row : c.counts()) {
                    overall += row[index];
                }
            }
            categories.add(new CategoryShare(
                    label,
                    (int) count,
                    FiniteNumbers.required(
                            segmentTotal == 0 ? 0 : (double) count / segmentTotal, "the segment share of " + label),
                    FiniteNumbers.required(
                            overallTotal == 0 ? 0 : (double) overall / overallTotal, "the overall share of " + label)));
        }
        return new StoredSegment.DescriptorBreakdown(
                c.code(),
                q.text(),
                Dimension.of(q.dimension()),
                DescriptorKind.CATEGORICAL,
                finite(c.pValue()),
                "chi-square test of association",
                null,
                null,
                categories);
    }

    /** The question's option order when it has options (so charts read naturally), else the data's order. */
    private static List<String> orderedCategories(CategoricalBreakdown c, QuestionInfo q) {
        List<String> ordered = new ArrayList<>();
        if ("BINARY".equals(q.type())) {
            ordered.addAll(List.of("Yes", "No"));
        } else if (q.options() != null) {
            ordered.addAll(q.options());
        }
        for (String category : c.categories()) {
            if (!ordered.contains(category)) {
                ordered.add(category);
            }
        }
        return ordered;
    }

    /** What a segment close to the average on every basis variable is called. */
    static final String NO_STRONG_LEANINGS = "No strong leanings";

    /**
     * "yummy, cheap, not expensive": the strongest markers in their questions' words (never their codes),
     * negated when the segment is below average, as many as fit in {@link PlainWords#MAX_CHARS} characters.
     */
    static String label(List<SegmentProfile> profile, Function<String, String> questionText) {
        List<SegmentProfile> markers = profile.stream()
                .filter(SegmentProfile::marker)
                .sorted(Comparator.comparingDouble((SegmentProfile p) -> -Math.abs(p.standardisedDifference()))
                        .thenComparing(SegmentProfile::variableCode))
                .limit(LABEL_MARKERS)
                .toList();
        if (markers.isEmpty()) {
            return NO_STRONG_LEANINGS;
        }
        List<String> words = new ArrayList<>();
        for (SegmentProfile p : markers) {
            String phrase = PlainWords.of(questionText.apply(p.variableCode()), p.variableCode());
            String said = p.difference() >= 0 ? phrase : PlainWords.below(phrase);
            String joined = String.join(", ", words) + (words.isEmpty() ? "" : ", ") + said;
            if (words.contains(said) || !words.isEmpty() && joined.length() > PlainWords.MAX_CHARS) {
                continue;
            }
            words.add(said);
        }
        return String.join(", ", words);
    }

    /** Two segments never share a label within a run: the later one gets its number. */
    static String distinct(String label, int number, Set<String> taken) {
        String out = label;
        if (taken.contains(out)) {
            String suffix = " (" + number + ")";
            out = PlainWords.shorten(
                            label.substring(0, Math.min(label.length(), PlainWords.MAX_CHARS - suffix.length())))
                    + suffix;
        }
        taken.add(out);
        return out;
    }

    private static StoredProvenance provenance(RunProvenance p) {
        return new StoredProvenance(
                Long.toString(p.seed()),
                p.tribuoVersion(),
                p.dataFingerprint(),
                p.restartIndex(),
                Long.toString(p.fitSeed()));
    }

    private static Double finite(double value) {
        return Double.isFinite(value) ? value : null;
    }
}
