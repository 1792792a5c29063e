package org.psychograph.persona.generation;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Checks every generated statement against its own evidence before a persona is stored: a statement whose
 * evidence points the other way, or none of whose evidence is significant, is dropped and said in the notes.
 * A persona that contradicts its own numbers is worse than none: it is the one output marketers act on.
 */
final class ContradictionGuard {

    private ContradictionGuard() {}

    /** What a statement claims about its evidence: the sign of each question's difference it needs (+1/-1). */
    interface Claims {
        /** @return +1 or -1 when the statement needs that question above or below average; 0 when it says nothing */
        int expectedSign(Statement statement, Evidence evidence);
    }

    record Verdict(Map<PersonaSection, List<Statement>> kept, List<String> notes) {}

    static Verdict check(Map<PersonaSection, List<Statement>> sections, Claims claims) {
        Map<PersonaSection, List<Statement>> kept = new EnumMap<>(PersonaSection.class);
        List<String> notes = new ArrayList<>();
        sections.forEach((section, statements) -> {
            List<Statement> out = new ArrayList<>();
            for (Statement s : statements) {
                String why = problem(s, claims);
                if (why == null) {
                    out.add(s);
                } else {
                    notes.add("Dropped from " + section.name().toLowerCase().replace('_', ' ') + ": \"" + s.text()
                            + "\" (" + why + ")");
                }
            }
            if (!out.isEmpty()) {
                kept.put(section, out);
            }
        });
        return new Verdict(kept, notes);
    }

    /** Why the statement cannot stand, or null when its evidence supports it. */
    static String problem(Statement s, Claims claims) {
        if (s.evidence().isEmpty()) {
            return "no evidence";
        }
        if (s.key() != null && s.key().startsWith(PersonaGenerator.AVERAGE_KEY)) {
            return null; // it claims small differences: non-significant evidence is what supports it
        }
        // statements resting on profile means claim a difference; descriptor statements describe the segment's make-up
        boolean claimsDifference = s.evidence().stream().allMatch(e -> e.kind() == EvidenceKind.PROFILE_MEAN);
        if (claimsDifference && s.evidence().stream().noneMatch(Evidence::significant)) {
            return "not significant";
        }
        for (Evidence e : s.evidence()) {
            int expected = claims.expectedSign(s, e);
            if (expected != 0 && Math.signum(e.difference()) != expected) {
                return "contradicted by " + e.questionCode() + ": " + e.segmentValue() + " vs " + e.overallValue();
            }
        }
        return null;
    }
}
