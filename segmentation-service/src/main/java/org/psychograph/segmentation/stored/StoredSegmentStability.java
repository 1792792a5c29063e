package org.psychograph.segmentation.stored;

/**
 * How reliably one segment of a candidate's solution re-appears in bootstrap samples (mean and median of its best
 * Jaccard match per replicate; null when no replicate gave a value).
 *
 * @param segment the segment's number in its candidate's solution, 1 = largest
 * @param size    respondents in the segment
 */
public record StoredSegmentStability(int segment, int size, Double meanJaccard, Double medianJaccard) {}
