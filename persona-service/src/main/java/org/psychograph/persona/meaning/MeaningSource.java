package org.psychograph.persona.meaning;

/** Who decided a question's meaning, in order of precedence; NONE: nobody, the question has no concept. */
public enum MeaningSource {
    ANALYST,
    RULE_PACK,
    LEXICON,
    SIMILARITY,
    NONE
}
