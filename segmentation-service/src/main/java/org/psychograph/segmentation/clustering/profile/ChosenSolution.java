package org.psychograph.segmentation.clustering.profile;

import java.util.List;

/**
 * A solution ready to report: segments ordered by size with their profiles, descriptor breakdowns and every
 * respondent's assignment.
 */
public record ChosenSolution(
        int k, List<Segment> segments, List<DescriptorBreakdown> descriptors, List<Assignment> assignments) {

    public ChosenSolution {
        segments = List.copyOf(segments);
        descriptors = List.copyOf(descriptors);
        assignments = List.copyOf(assignments);
    }
}
