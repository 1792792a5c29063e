package org.psychograph.persona.service;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.psychograph.persona.generation.PersonaContent;
import org.psychograph.persona.generation.PersonaSection;
import org.psychograph.persona.generation.Statement;

/** The differences between two versions' content: the name, and each section's statements by key. */
public record VersionDiff(int from, int to, List<FieldChange> changes) {

    public VersionDiff {
        changes = List.copyOf(changes);
    }

    /** {@code field} is {@code name} or a section; before or after is null when the statement was added or removed. */
    public record FieldChange(String field, ChangeKind kind, String before, String after) {}

    public enum ChangeKind {
        ADDED,
        REMOVED,
        CHANGED
    }

    static List<FieldChange> between(PersonaContent a, PersonaContent b) {
        List<FieldChange> out = new ArrayList<>();
        if (!Objects.equals(a.name(), b.name())) {
            out.add(new FieldChange("name", ChangeKind.CHANGED, a.name(), b.name()));
        }
        for (PersonaSection section : PersonaSection.values()) {
            Map<String, String> before = texts(a.section(section));
            Map<String, String> after = texts(b.section(section));
            before.forEach((key, text) -> {
                String now = after.get(key);
                if (now == null) {
                    out.add(new FieldChange(section.name(), ChangeKind.REMOVED, text, null));
                } else if (!now.equals(text)) {
                    out.add(new FieldChange(section.name(), ChangeKind.CHANGED, text, now));
                }
            });
            after.forEach((key, text) -> {
                if (!before.containsKey(key)) {
                    out.add(new FieldChange(section.name(), ChangeKind.ADDED, null, text));
                }
            });
        }
        return out;
    }

    /** A statement is identified by its key, or by its text when a person wrote it. */
    private static Map<String, String> texts(List<Statement> statements) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Statement s : statements) {
            String shown = s.text() + (s.stale() ? " (evidence no longer holds)" : "");
            out.put(s.key() != null ? s.key() : "text:" + s.text(), shown);
        }
        return out;
    }
}
