package org.psychograph.segmentation.api.types;

import org.eclipse.microprofile.graphql.Description;
import org.psychograph.segmentation.model.FiniteNumbers;

@Description("Where a new respondent falls in a run's chosen solution, computed exactly as the run assigned its own.")
public record SegmentPlacement(int segmentNumber, double distance, double margin) {

    public SegmentPlacement {
        FiniteNumbers.required(distance, "the distance to the segment centre");
        FiniteNumbers.required(margin, "the margin to the second-nearest centre");
    }
}
