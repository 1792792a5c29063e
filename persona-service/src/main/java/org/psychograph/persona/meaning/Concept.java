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

    /**
     * One end of the concept: what it says about a person ("wants low prices"), a name-friendly word, and survey
     * statements that mean it ("I compare prices before I buy"), the anchors of semantic matching.
     */
    public record Pole(String words, String nickname, List<String> examples) {

        public Pole {
            examples = examples == null ? List.of() : List.copyOf(examples);
        }
    }

    public Pole pole(boolean highPole) {
        return highPole ? high : low;
    }
}
