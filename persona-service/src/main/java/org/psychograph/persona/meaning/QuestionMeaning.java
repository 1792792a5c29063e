package org.psychograph.persona.meaning;

/**
 * What agreeing with a question says: {@code polarity} +1 when agreement means the concept's high pole, -1 when
 * it means the low pole ("I do not care about prices" is price-sensitivity at -1). {@code term} is the words that
 * decided it, {@code source} who.
 */
public record QuestionMeaning(Concept concept, int polarity, double confidence, String term, MeaningSource source) {

    /** The pole a segment shows when it is above ({@code difference > 0}) or below average on the question. */
    public boolean highPole(double difference) {
        return difference > 0 == polarity > 0;
    }
}
