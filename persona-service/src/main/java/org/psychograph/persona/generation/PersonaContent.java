package org.psychograph.persona.generation;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Everything a persona version says, stored as one JSON document per version. {@code notes} say what generation
 * left out and why (a statement the contradiction guard dropped, a concept whose markers disagree);
 * {@code emptySections} why a section of the card has nothing in it (absent in versions written before it existed).
 */
public record PersonaContent(
        String name,
        String segmentId,
        int segmentNumber,
        String segmentLabel,
        int size,
        double share,
        Double stability,
        String rulePack,
        String primaryArchetype,
        String avatarSvg,
        Map<PersonaSection, List<Statement>> sections,
        List<ChartPoint> chart,
        List<String> notes,
        Map<PersonaSection, String> emptySections) {

    public PersonaContent {
        EnumMap<PersonaSection, List<Statement>> copy = new EnumMap<>(PersonaSection.class);
        if (sections != null) {
            sections.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        }
        sections = copy;
        chart = chart == null ? List.of() : List.copyOf(chart);
        notes = notes == null ? List.of() : List.copyOf(notes);
        EnumMap<PersonaSection, String> empty = new EnumMap<>(PersonaSection.class);
        if (emptySections != null) {
            empty.putAll(emptySections);
        }
        emptySections = empty;
    }

    public List<Statement> section(PersonaSection section) {
        return sections.getOrDefault(section, List.of());
    }

    public PersonaContent withName(String newName) {
        return new PersonaContent(
                newName,
                segmentId,
                segmentNumber,
                segmentLabel,
                size,
                share,
                stability,
                rulePack,
                primaryArchetype,
                avatarSvg,
                sections,
                chart,
                notes,
                emptySections);
    }

    public PersonaContent withAvatar(String svg) {
        return new PersonaContent(
                name,
                segmentId,
                segmentNumber,
                segmentLabel,
                size,
                share,
                stability,
                rulePack,
                primaryArchetype,
                svg,
                sections,
                chart,
                notes,
                emptySections);
    }

    public PersonaContent withSection(PersonaSection section, List<Statement> statements) {
        EnumMap<PersonaSection, List<Statement>> copy = new EnumMap<>(PersonaSection.class);
        copy.putAll(sections);
        if (statements == null || statements.isEmpty()) {
            copy.remove(section);
        } else {
            copy.put(section, statements);
        }
        return new PersonaContent(
                name,
                segmentId,
                segmentNumber,
                segmentLabel,
                size,
                share,
                stability,
                rulePack,
                primaryArchetype,
                avatarSvg,
                copy,
                chart,
                notes,
                withoutFilled(emptySections, section, statements));
    }

    /** An edit that fills a section answers why it was empty. */
    private static Map<PersonaSection, String> withoutFilled(
            Map<PersonaSection, String> empty, PersonaSection section, List<Statement> statements) {
        if (statements == null || statements.isEmpty()) {
            return empty;
        }
        EnumMap<PersonaSection, String> copy = new EnumMap<>(PersonaSection.class);
        copy.putAll(empty);
        copy.remove(section);
        return copy;
    }
}
