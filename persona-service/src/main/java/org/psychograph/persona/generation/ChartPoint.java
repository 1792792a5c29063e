package org.psychograph.persona.generation;

/** One bar pair of the segment profile chart. */
public record ChartPoint(
        String questionCode, String questionText, double segmentMean, double overallMean, boolean marker) {}
