package org.psychograph.segmentation.model;

/** What to do with respondents who skipped a basis question. */
public enum MissingValueChoice {
    DROP_RESPONDENT,
    MEAN_IMPUTE
}
