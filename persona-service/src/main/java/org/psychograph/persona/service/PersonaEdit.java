package org.psychograph.persona.service;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.psychograph.persona.error.ValidationException;
import org.psychograph.persona.generation.PersonaContent;
import org.psychograph.persona.generation.PersonaGenerator;
import org.psychograph.persona.generation.Regeneration;
import org.psychograph.persona.generation.Statement;
import org.psychograph.persona.generation.StatementOrigin;

/** A person's change to a persona: the new content and the fields it touched (which become locked). */
record PersonaEdit(PersonaContent content, Set<String> changedFields) {

    static final int MAX_STATEMENTS = 50;
    static final int MAX_TEXT = 1000;

    static PersonaEdit apply(PersonaContent current, PersonaChanges patch) {
        if (patch == null) {
            throw new ValidationException("patch", "patch is required");
        }
        PersonaContent content = current;
        Set<String> changed = new LinkedHashSet<>();
        if (patch.name() != null) {
            String name = patch.name().strip();
            if (name.isEmpty() || name.length() > 80) {
                throw new ValidationException("patch.name", "name must have 1 to 80 characters");
            }
            if (!name.equals(current.name())) {
                content = content.withName(name);
                changed.add(Regeneration.NAME_FIELD);
            }
        }
        Map<String, Statement> byKey = PersonaGenerator.byKey(current);
        List<PersonaChanges.Section> sections = patch.sections() == null ? List.of() : patch.sections();
        Set<String> seen = new LinkedHashSet<>();
        for (int i = 0; i < sections.size(); i++) {
            PersonaChanges.Section sp = sections.get(i);
            String at = "patch.sections[" + i + "]";
            if (sp == null) {
                throw new ValidationException(at, "a section patch cannot be null");
            }
            if (!seen.add(sp.section().name())) {
                throw new ValidationException(at + ".section", "section " + sp.section() + " is given twice");
            }
            if (sp.statements().size() > MAX_STATEMENTS) {
                throw new ValidationException(
                        at + ".statements", "at most " + MAX_STATEMENTS + " statements per section");
            }
            List<Statement> statements = new ArrayList<>();
            for (int j = 0; j < sp.statements().size(); j++) {
                statements.add(statement(sp.statements().get(j), byKey, at + ".statements[" + j + "]"));
            }
            if (!statements.equals(current.section(sp.section()))) {
                content = content.withSection(sp.section(), statements);
                changed.add(sp.section().name());
            }
        }
        return new PersonaEdit(content, changed);
    }

    private static Statement statement(PersonaChanges.StatementText t, Map<String, Statement> byKey, String at) {
        String text = t.text() == null ? "" : t.text().strip();
        if (text.isEmpty() || text.length() > MAX_TEXT) {
            throw new ValidationException(at + ".text", "a statement must have 1 to " + MAX_TEXT + " characters");
        }
        if (t.key() == null) {
            return new Statement(null, text, StatementOrigin.HUMAN, false, List.of());
        }
        Statement original = byKey.get(t.key());
        if (original == null) {
            throw new ValidationException(at + ".key", "the persona has no statement with key " + t.key());
        }
        StatementOrigin origin = text.equals(original.text()) ? original.origin() : StatementOrigin.EDITED;
        return new Statement(original.key(), text, origin, original.stale(), original.evidence());
    }
}
