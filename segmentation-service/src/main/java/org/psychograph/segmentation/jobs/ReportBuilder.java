package org.psychograph.segmentation.jobs;

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
import org.psychograph.segmentation.clustering.profile.CategoricalBreakdown;
import org.psychograph.segmentation.clustering.profile.ChosenSolution;
import org.psychograph.segmentation.clustering.profile.DescriptorBreakdown;
import org.psychograph.segmentation.clustering.profile.NumericBreakdown;
import org.psychograph.segmentation.clustering.profile.Segment;
import org.psychograph.segmentation.clustering.profile.SegmentProfile;
import org.psychograph.segmentation.clustering.storage.RunProvenance;
import org.psychograph.segmentation.api.types.CandidateView;
import org.psychograph.segmentation.api.types.ProvenanceView;
import org.psychograph.segmentation.api.types.RunReport;
import org.psychograph.segmentation.api.types.SegmentView;
import org.psychograph.segmentation.api.types.SegmentView.CategoryShare;
import org.psychograph.segmentation.api.types.SegmentView.CentroidValue;
import org.psychograph.segmentation.api.types.SegmentView.DescriptorBreakdownView;
import org.psychograph.segmentation.api.types.SegmentView.ProfileEntry;
import org.psychograph.segmentation.model.DescriptorKind;
import org.psychograph.segmentation.model.Dimension;
import org.psychograph.segmentation.model.QuestionInfo;

/** Turns the engine's results into the report a run stores and serves (the API's own types). */
public final class ReportBuilder {

    /** How many marker variables name a segment. */
    static final int LABEL_MARKERS = 3;

    private ReportBuilder() {
    }

    public static RunReport report(String runId, List<Candidate> candidates, KRecommendation recommendation,
            ChosenSolution chosen, RunInput input, RunProvenance provenance, List<String> notes) {
        List<CandidateView> views = candidates.stream().map(c -> candidate(c, recommendation)).toList();
        return new RunReport(views, segments(runId, chosen, input), notes, provenance(provenance));
    }

    static CandidateView candidate(Candidate c, KRecommendation recommendation) {
        GlobalStability g = c.stability() == null ? null : c.stability().global();
        boolean hasStability = g != null && g.adjustedRand() != null && g.adjustedRand().length > 0;
        List<Integer> sizes = Arrays.stream(c.solution().sizes()).boxed()
                .sorted(Comparator.reverseOrder()).toList();
        return new CandidateView(c.k(), c.withinSumOfSquares(), c.withinDistanceSum(), c.silhouette(),
                c.silhouetteSampleSize(), c.calinskiHarabasz(), c.daviesBouldin(),
                hasStability ? g.median() : null, hasStability ? g.firstQuartile() : null,
                hasStability ? g.thirdQuartile() : null,
                hasStability ? Arrays.stream(g.adjustedRand()).boxed().toList() : List.of(), sizes,
                c.k() == recommendation.k());
    }

    public static List<SegmentView> segments(String runId, ChosenSolution chosen, RunInput input) {
        List<SegmentView> segments = new ArrayList<>();
        String[] codes = input.prepared().matrix().variableCodes();
        Set<String> labels = new HashSet<>();
        for (Segment s : chosen.segments()) {
            int number = s.segment() + 1;
            List<CentroidValue> centroid = new ArrayList<>();
            for (int j = 0; j < codes.length; j++) {
                centroid.add(new CentroidValue(codes[j], s.centroid()[j]));
            }
            String pValueNote = pValueNote(s.size(), chosen.assignments().size());
            List<ProfileEntry> profile = s.profile().stream().map(p -> profile(p, input, pValueNote)).toList();
            List<DescriptorBreakdownView> descriptors = chosen.descriptors().stream()
                    .map(d -> descriptor(d, s.segment(), input)).toList();
            String label = distinct(label(s.profile(), code -> input.question(code).text()), number, labels);
            segments.add(new SegmentView(runId + ":" + number, runId, number, label, s.size(), s.share(),
                    s.stability() == null ? null : s.stability().meanJaccard(), centroid, profile, descriptors));
        }
        return segments;
    }

    private static ProfileEntry profile(SegmentProfile p, RunInput input, String pValueNote) {
        QuestionInfo q = input.question(p.variableCode());
        Double pValue = finite(p.adjustedPValue());
        return new ProfileEntry(p.variableCode(), q.text(), Dimension.of(q.dimension()), p.segmentMean(),
                p.overallMean(), p.difference(), p.standardisedDifference(), pValue,
                pValue == null ? pValueNote : null, p.marker());
    }

    /** Why a segment's t-tests are undefined, said once per segment (see SegmentProfiler.welchPValue). */
    static String pValueNote(int segmentSize, int respondents) {
        if (segmentSize < 2) {
            return "the segment has " + (segmentSize == 1 ? "one member" : segmentSize + " members") + "; a t-test needs at least two in each group";
        }
        if (respondents - segmentSize < 2) {
            return "the rest of the sample has fewer than two members; a t-test needs at least two in each group";
        }
        return "the t-test is not defined here (no variance to test against)";
    }

    private static DescriptorBreakdownView descriptor(DescriptorBreakdown d, int segment, RunInput input) {
        if (d instanceof NumericBreakdown n) {
            QuestionInfo q = input.question(n.code());
            return new DescriptorBreakdownView(n.code(), q.text(), Dimension.of(q.dimension()), DescriptorKind.NUMERIC,
                    finite(n.pValue()), "one-way ANOVA", n.segmentMeans()[segment], n.overallMean(), List.of());
        }
        CategoricalBreakdown c = (CategoricalBreakdown) d;
        QuestionInfo q = input.question(c.code());
        long segmentTotal = Arrays.stream(c.counts()[segment]).sum();
        long overallTotal = Arrays.stream(c.counts()).flatMapToLong(Arrays::stream).sum();
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
            categories.add(new CategoryShare(label, (int) count, segmentTotal == 0 ? 0 : (double) count / segmentTotal,
                    overallTotal == 0 ? 0 : (double) overall / overallTotal));
        }
        return new DescriptorBreakdownView(c.code(), q.text(), Dimension.of(q.dimension()), DescriptorKind.CATEGORICAL,
                finite(c.pValue()), "chi-square test of association", null, null, categories);
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
        List<SegmentProfile> markers = profile.stream().filter(SegmentProfile::marker)
                .sorted(Comparator.comparingDouble((SegmentProfile p) -> -Math.abs(p.standardisedDifference()))
                        .thenComparing(SegmentProfile::variableCode))
                .limit(LABEL_MARKERS).toList();
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
            out = PlainWords.shorten(label.substring(0, Math.min(label.length(), PlainWords.MAX_CHARS - suffix.length())))
                    + suffix;
        }
        taken.add(out);
        return out;
    }

    private static ProvenanceView provenance(RunProvenance p) {
        return new ProvenanceView(Long.toString(p.seed()), p.tribuoVersion(), p.dataFingerprint(), p.restartIndex(),
                Long.toString(p.fitSeed()));
    }

    private static Double finite(double value) {
        return Double.isFinite(value) ? value : null;
    }
}
