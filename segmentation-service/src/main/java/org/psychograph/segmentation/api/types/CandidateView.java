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
        List<@NonNull SegmentStabilityView> segmentStability) {

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
    }
}
