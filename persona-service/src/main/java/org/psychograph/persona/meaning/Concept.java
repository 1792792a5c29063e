package org.psychograph.persona.meaning;

import java.util.List;

/**
 * A psychographic dimension marketers use, with two poles in words. {@code highTerms} and {@code lowTerms} are
 * the lexicon: word beginnings (regular expressions) that, un-negated in a question's text, put agreement with
 * the question at that pole.
 */
public record Concept(String id, String label, Pole high, Pole low, List<String> highTerms, List<String> lowTerms) {

    public Concept {
        highTerms = highTerms == null ? List.of() : List.copyOf(highTerms);
        lowTerms = lowTerms == null ? List.of() : List.copyOf(lowTerms);
    }

    /** One end of the concept: what it says about a person ("wants low prices") and a name-friendly word. */
    public record Pole(String words, String nickname) {
    }

    public Pole pole(boolean highPole) {
        return highPole ? high : low;
    }
}
