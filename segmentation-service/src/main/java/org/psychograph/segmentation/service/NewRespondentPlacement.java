package org.psychograph.segmentation.service;

import org.psychograph.segmentation.model.PlacementMethod;

/**
 * Where assignSegment puts a new respondent.
 *
 * @param segment     0-based segment of the chosen solution
 * @param distance    to its centre (nearest centre only, else null)
 * @param margin      distance to the second-nearest centre minus distance to the nearest (nearest centre only)
 * @param method      how the respondent was placed
 * @param probability the typing tool's probability for the segment (typing tool only, else null)
 */
public record NewRespondentPlacement(
        int segment, Double distance, Double margin, PlacementMethod method, Double probability) {}
