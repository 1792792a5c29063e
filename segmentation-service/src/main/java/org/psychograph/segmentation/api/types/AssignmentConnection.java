package org.psychograph.segmentation.api.types;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.psychograph.segmentation.model.FiniteNumbers;

public record AssignmentConnection(
        @NonNull List<@NonNull AssignmentEdge> edges,
        @NonNull PageInfo pageInfo,
        int totalCount) {

    public record AssignmentEdge(
            @NonNull String cursor, @NonNull AssignmentView node) {}

    @Type("Assignment")
    @Description("A respondent's segment in the run's chosen solution.")
    public record AssignmentView(
            @NonNull String respondentId,
            int segmentNumber,
            @Description("Distance to the segment centre") double distance,

            @Description("Distance to the second-nearest centre minus distance to the nearest")
            double margin) {

        public AssignmentView {
            FiniteNumbers.required(distance, "the distance of respondent " + respondentId);
            FiniteNumbers.required(margin, "the margin of respondent " + respondentId);
        }
    }
}
