package org.psychograph.persona.generation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Merges a freshly generated persona with the current one: fields a person edited (locked) are kept;
 * a kept statement that came from a rule gets that rule's new evidence, or is flagged stale when the
 * rule no longer fires on the new data.
 */
public final class Regeneration {

    public static final String NAME_FIELD = "name";

    private Regeneration() {}

    public static PersonaContent merge(PersonaContent current, PersonaContent fresh, Set<String> locked) {
        PersonaContent merged = fresh;
        if (locked.contains(NAME_FIELD)) {
            merged = merged.withName(current.name());
        }
        Map<String, Statement> freshByKey = PersonaGenerator.byKey(fresh);
        for (PersonaSection section : PersonaSection.values()) {
            if (!locked.contains(section.name())) {
                continue;
            }
            List<Statement> kept = new ArrayList<>();
            for (Statement st : current.section(section)) {
                if (st.key() == null || st.evidence().isEmpty()) {
                    kept.add(st);
                    continue;
                }
                Statement now = freshByKey.get(st.key());
                kept.add(now == null ? st.withEvidence(st.evidence(), true) : st.withEvidence(now.evidence(), false));
            }
            merged = merged.withSection(section, kept);
        }
        return merged;
    }
}
