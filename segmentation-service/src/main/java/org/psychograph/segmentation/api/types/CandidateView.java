package org.psychograph.segmentation.api.types;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.psychograph.segmentation.model.FiniteNumbers;

@Type("Candidate")
@Description("The best solution found for one k, with the evidence for choosing k.")
public record CandidateView(
        int k,

        @Description("Sum of squared distances of respondents to their segment centre")
        double withinSumOfSquares,

        @Description("Sum of distances to the segment centre (flexclust's 'within cluster distance sum')")
        double withinDistanceSum,

        @Description("Mean silhouette width (-1..1, higher is better); null when undefined")
        Double silhouette,

        @Description("Rows the silhouette was computed on (all up to 10,000, a seeded sample above)")
        int silhouetteSampleSize,

        @Description("Calinski-Harabasz index (higher is better); null when undefined (no spread within segments)")
        Double calinskiHarabasz,

        @Description("Davies-Bouldin index (lower is better); null when undefined")
        Double daviesBouldin,

        @Description("Median adjusted Rand index between pairs of bootstrap solutions (global stability)")
        Double stabilityMedian,

        Double stabilityFirstQuartile,
        Double stabilityThirdQuartile,

        @Description("The adjusted Rand index of every bootstrap pair") @NonNull
        List<@NonNull Double> stabilityReplicates,

        @Description("Segment sizes, largest first") @NonNull
        List<@NonNull Integer> sizes,

        boolean recommended,

        @Description("Every segment's bootstrap stability in this candidate's solution, largest first, so that which "
                + "segments of a k are real can be read for every k; empty without bootstrap (or for runs stored "
                + "before it was kept)")
        @NonNull
        List<@NonNull SegmentStabilityView> segmentStability,

        @Description("Median adjusted Rand index of the same k on structureless data of the same shape (each basis "
                + "question's answers shuffled on their own): the level stability must clearly exceed to mean "
                + "something. Null when not measured (no bootstrap, or a run stored before it was)")
        Double referenceStabilityMedian,

        Double referenceStabilityFirstQuartile,
        Double referenceStabilityThirdQuartile,

        @Description("Bootstrap pairs behind the reference stability")
        Integer referenceReplicates,

        @Description("The stability is clearly above the structureless reference: medians at least 0.10 apart and "
                + "the first quartile above the reference's third quartile. Null when not measured")
        Boolean aboveReference,

        @Description("The stability curve peaks here: a median at least that of k-1 and more than 0.05 above k+1. "
                + "Null when not measured")
        Boolean stabilityPeak,

        @Description("The most stable split over every k analysed (the rule before persona ranges; usually k=2): "
                + "the run's second answer, see Run.mostStableK")
        boolean mostStableSplit,

        @Description("How much more compact the segments are than structureless data's: ln(median within sum of "
                + "squares of the reference's bootstrap samples) minus ln(the data's). About 0 without structure; "
                + "at least 0.10 (with the quartiles apart) counts as clearly above the reference. Null when not "
                + "measured")
        Double compactnessGap) {

    public CandidateView {
        FiniteNumbers.required(withinSumOfSquares, "the within sum of squares of k=" + k);
        FiniteNumbers.required(withinDistanceSum, "the within distance sum of k=" + k);
        silhouette = FiniteNumbers.orNull(silhouette);
        calinskiHarabasz = FiniteNumbers.orNull(calinskiHarabasz);
        daviesBouldin = FiniteNumbers.orNull(daviesBouldin);
        stabilityMedian = FiniteNumbers.orNull(stabilityMedian);
        stabilityFirstQuartile = FiniteNumbers.orNull(stabilityFirstQuartile);
        stabilityThirdQuartile = FiniteNumbers.orNull(stabilityThirdQuartile);
        // an undefined agreement (both partitions trivial) is no evidence either way
        stabilityReplicates = stabilityReplicates == null
                ? List.of()
                : stabilityReplicates.stream()
                        .filter(r -> r != null && Double.isFinite(r))
                        .toList();
        segmentStability = segmentStability == null ? List.of() : segmentStability;
        referenceStabilityMedian = FiniteNumbers.orNull(referenceStabilityMedian);
        referenceStabilityFirstQuartile = FiniteNumbers.orNull(referenceStabilityFirstQuartile);
        referenceStabilityThirdQuartile = FiniteNumbers.orNull(referenceStabilityThirdQuartile);
        compactnessGap = FiniteNumbers.orNull(compactnessGap);
    }
}
