package org.psychograph.segmentation.model;

/** A respondent's segment (1-based) in a run's chosen solution, at its row in the run's assignment order. */
public record RespondentAssignment(
        int rowNumber, String respondentId, int segmentNumber, double distance, double margin) {}
