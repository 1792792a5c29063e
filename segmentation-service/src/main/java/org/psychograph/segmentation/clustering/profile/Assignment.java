package org.psychograph.segmentation.clustering.profile;

/**
 * A respondent's segment in the chosen solution.
 *
 * @param distance distance to the segment's centroid (prepared units, the run's distance)
 * @param margin   distance to the second-nearest centroid minus {@code distance}; near 0 means borderline
 */
public record Assignment(String respondentId, int segment, double distance, double margin) {}
