package org.psychograph.segmentation.api.types;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.psychograph.segmentation.model.FiniteNumbers;
import org.psychograph.segmentation.model.PlacementMethod;

@Description("Where a new respondent falls in a run's chosen solution: by the nearest segment centre when every basis "
        + "question is answered (exactly as the run assigned its own), by the typing tool when only its golden "
        + "questions are.")
public record SegmentPlacement(
        int segmentNumber,

        @Description("Distance to the segment centre (NEAREST_CENTRE only)")
        Double distance,

        @Description("Distance to the second-nearest centre minus distance to the nearest; small is borderline "
                + "(NEAREST_CENTRE only)")
        Double margin,

        @NonNull PlacementMethod method,

        @Description("The typing tool's probability for this segment (TYPING_TOOL only); its holdout accuracy is on "
                + "Run.typingTool")
        Double probability) {

    public SegmentPlacement {
        if (method == PlacementMethod.NEAREST_CENTRE) {
            FiniteNumbers.required(distance, "the distance to the segment centre");
            FiniteNumbers.required(margin, "the margin to the second-nearest centre");
        }
        probability = probability == null ? null : FiniteNumbers.orNull(probability);
    }
}
