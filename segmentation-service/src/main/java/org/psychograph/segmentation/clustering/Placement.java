package org.psychograph.segmentation.clustering;

/**
 * Where one respondent falls: the nearest segment, the distance to its centroid, and the margin (distance to the
 * second-nearest centroid minus distance to the nearest; small margins are borderline respondents).
 */
public record Placement(int segment, double distance, double margin) {}
