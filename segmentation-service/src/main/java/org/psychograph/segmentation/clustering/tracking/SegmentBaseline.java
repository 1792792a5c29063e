package org.psychograph.segmentation.clustering.tracking;

/**
 * One segment in the run's own (fitting) data.
 *
 * @param segment        0-based segment number
 * @param count          fitting respondents in it
 * @param meanDistance   their mean distance to the segment's centre; null when the segment has no members
 * @param misfitDistance the 95th percentile of those distances: a wave respondent placed here but farther away
 *                       fits no segment well; null when the segment has no members
 */
public record SegmentBaseline(int segment, long count, Double meanDistance, Double misfitDistance) {}
