package org.psychograph.segmentation.api.types;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("RunComparison")
@Description("Two runs side by side: segments matched by centre (the matching with the least total centre distance, "
        + "in the answers' original units), and the respondents both runs placed cross-tabulated (the adjusted Rand "
        + "index and, for panel respondents of two waves, the migration between segments).")
public record RunComparisonView(
        @NonNull @Id String runA,
        @NonNull @Id String runB,

        @NonNull @Description("The basis questions, in the order of centreDifference")
        List<@NonNull String> questionCodes,

        @NonNull List<@NonNull SegmentMatchView> matches,

        @NonNull @Description("Segments of run A without a partner (A has more segments)")
        List<@NonNull Integer> unmatchedA,

        @NonNull @Description("Segments of run B without a partner (B has more segments)")
        List<@NonNull Integer> unmatchedB,

        @Description("Sum of the matched centres' distances")
        double totalCentreMovement,

        @Description("Respondents (by id) placed by both runs")
        int respondentsInBoth,

        @Description("Adjusted Rand index over those respondents: 1 identical, about 0 chance agreement "
                + "(null with fewer than two)")
        Double adjustedRandIndex,

        @NonNull
        @Description("Respondents in both runs by segment: row i is run A's segment i+1, column j run B's segment j+1")
        List<@NonNull List<@NonNull Integer>> migration,

        @NonNull List<@NonNull String> notes) {

    @Type("SegmentMatch")
    public record SegmentMatchView(
            int segmentNumberA,
            int segmentNumberB,

            @Description("Distance between the two centres (original units)")
            double centreDistance,

            @NonNull @Description("Run B's centre minus run A's, per basis question")
            List<@NonNull Double> centreDifference,

            @Description("Share of run A's respondents in segment A")
            double shareA,

            @Description("Share of run B's respondents in segment B")
            double shareB) {}
}
