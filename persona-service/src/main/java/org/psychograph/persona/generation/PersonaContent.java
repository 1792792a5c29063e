package org.psychograph.persona.generation;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Everything a persona version says, stored as one JSON document per version. */
public record PersonaContent(String name, String segmentId, int segmentNumber, String segmentLabel, int size,
        double share, Double stability, String rulePack, String primaryArchetype, String avatarSvg,
        Map<PersonaSection, List<Statement>> sections, List<ChartPoint> chart) {

    public PersonaContent {
        EnumMap<PersonaSection, List<Statement>> copy = new EnumMap<>(PersonaSection.class);
        if (sections != null) {
            sections.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        }
        sections = copy;
        chart = chart == null ? List.of() : List.copyOf(chart);
    }

    public List<Statement> section(PersonaSection section) {
        return sections.getOrDefault(section, List.of());
    }

    public PersonaContent withName(String newName) {
        return new PersonaContent(newName, segmentId, segmentNumber, segmentLabel, size, share, stability, rulePack,
                primaryArchetype, avatarSvg, sections, chart);
    }

    public PersonaContent withAvatar(String svg) {
        return new PersonaContent(name, segmentId, segmentNumber, segmentLabel, size, share, stability, rulePack,
                primaryArchetype, svg, sections, chart);
    }

    public PersonaContent withSection(PersonaSection section, List<Statement> statements) {
        EnumMap<PersonaSection, List<Statement>> copy = new EnumMap<>(PersonaSection.class);
        copy.putAll(sections);
        if (statements == null || statements.isEmpty()) {
            copy.remove(section);
        } else {
            copy.put(section, statements);
        }
        return new PersonaContent(name, segmentId, segmentNumber, segmentLabel, size, share, stability, rulePack,
                primaryArchetype, avatarSvg, copy, chart);
    }
}
