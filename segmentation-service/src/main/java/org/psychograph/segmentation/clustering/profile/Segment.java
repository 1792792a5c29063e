package org.psychograph.segmentation.clustering.profile;

import java.util.List;
import org.psychograph.segmentation.clustering.SegmentStability;

/**
 * One segment of the chosen solution.
 *
 * @param segment   segment number (0 = largest)
 * @param size      respondents in it
 * @param share     size over all respondents of the run
 * @param centroid  the centroid in the answers' original units and direction, in basis-variable order
 * @param profile   one entry per basis variable
 * @param stability bootstrap Jaccard of this segment, null when no bootstrap ran
 */
public record Segment(
        int segment,
        int size,
        double share,
        double[] centroid,
        List<SegmentProfile> profile,
        SegmentStability stability) {

    public Segment {
        profile = List.copyOf(profile);
    }

    public List<SegmentProfile> markers() {
        return profile.stream().filter(SegmentProfile::marker).toList();
    }
}
