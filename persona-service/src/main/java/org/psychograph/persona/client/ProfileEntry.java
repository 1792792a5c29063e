package org.psychograph.persona.client;

/**
 * One basis variable of a segment's profile: the segment's mean against the whole sample's. {@code pValue} is
 * null where the test is undefined (a one-member segment).
 */
public record ProfileEntry(
        String questionCode,
        String questionText,
        Dimension dimension,
        double segmentMean,
        double overallMean,
        double difference,
        double standardisedDifference,
        Double pValue,
        boolean marker) {}
