package org.psychograph.persona.service;

import java.util.List;
import org.psychograph.persona.generation.PersonaSection;

/**
 * A person's edit of a persona as asked for: fields left null are unchanged; every field given is locked.
 * Checked by {@link PersonaEdit}.
 */
public record PersonaChanges(String name, List<Section> sections) {

    /** Replaces a section's statements. */
    public record Section(PersonaSection section, List<StatementText> statements) {}

    /** A statement's new text; {@code key} names the generated statement it rewords, null for one of one's own. */
    public record StatementText(String key, String text) {}
}
