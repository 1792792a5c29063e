package org.psychograph.segmentation.api.types;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;
import org.psychograph.segmentation.model.FiniteNumbers;

@Type("SegmentStability")
@Description("How reliably one segment of a candidate's solution re-appears in bootstrap samples: per replicate the "
        + "Jaccard agreement of its best match (flexclust's segment-level stability). Below 0.5 the segment "
        + "dissolves, above 0.75 it is stable.")
public record SegmentStabilityView(
        @Description("The segment's number in this candidate's solution, 1 = largest; for the recommended or chosen "
                + "k the same as Segment.number")
        int segment,

        @Description("Respondents in the segment") int size,

        @Description("Mean Jaccard agreement over the bootstrap replicates; null when none gave a value")
        Double meanJaccard,

        @Description("Median Jaccard agreement over the bootstrap replicates; null when none gave a value")
        Double medianJaccard) {

    public SegmentStabilityView {
        meanJaccard = FiniteNumbers.orNull(meanJaccard);
        medianJaccard = FiniteNumbers.orNull(medianJaccard);
    }
}
