package org.psychograph.segmentation.model;

/** How assignSegment placed a new respondent. */
public enum PlacementMethod {
    /** Every basis question answered: the nearest segment centre, exactly as the run placed its own respondents. */
    NEAREST_CENTRE,
    /** Only the golden questions answered: the run's typing tool, with its holdout accuracy. */
    TYPING_TOOL
}
