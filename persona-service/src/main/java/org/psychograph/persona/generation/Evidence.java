package org.psychograph.persona.generation;

/**
 * The number behind a statement: which question, the segment's value, the overall value, their
 * difference and how sure we are that it is not chance ({@code pValue} as segmentation-service
 * computed it; {@code significant} when below 0.05).
 */
public record Evidence(
        String questionCode,
        String questionText,
        EvidenceKind kind,
        String category,
        double segmentValue,
        double overallValue,
        double difference,
        Double standardisedDifference,
        Double pValue,
        String test,
        boolean significant) {

    public static final double ALPHA = 0.05;

    static boolean significant(Double pValue) {
        return pValue != null && pValue < ALPHA;
    }
}
