package org.psychograph.persona.generation;

import java.util.List;

/**
 * One sentence of a persona. {@code key} names the rule that produced it (stable across regenerations,
 * null for a person's own statement); {@code stale} marks a kept statement whose evidence no longer holds.
 */
public record Statement(String key, String text, StatementOrigin origin, boolean stale, List<Evidence> evidence) {

    public Statement {
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }

    static Statement generated(String key, String text, List<Evidence> evidence) {
        return new Statement(key, text, StatementOrigin.GENERATED, false, evidence);
    }

    public Statement withEvidence(List<Evidence> newEvidence, boolean isStale) {
        return new Statement(key, text, origin, isStale, newEvidence);
    }
}
