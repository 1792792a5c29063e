package org.psychograph.persona.client;

/** One basis variable of a segment's profile: the segment's mean against the whole sample's. */
public record ProfileEntry(String questionCode, String questionText, Dimension dimension, double segmentMean,
        double overallMean, double difference, double standardisedDifference, double pValue, boolean marker) {
}
