package org.psychograph.segmentation.clustering.preparation;

/** What to do with a respondent who left a basis question unanswered. */
public enum MissingValuePolicy {
    /** Leave the respondent out of the run (the default: no invented answers). */
    DROP_RESPONDENT,
    /** Replace a missing answer by the variable's mean over the respondents who answered it. */
    MEAN_IMPUTE
}
