package org.psychograph.persona.generation;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.psychograph.persona.client.Dimension;
import org.psychograph.persona.client.Segment;

/**
 * Why a section of a persona card is empty, in words a marketer reads on the card: the survey did not measure
 * it, or it measured it and this segment does not differ there. An empty section is never left unexplained, and
 * never filled with an invented trait.
 */
final class EmptySections {

    /** The sections a persona card shows; the others (B2B role, what to avoid) are optional by nature. */
    static final List<PersonaSection> CORE = List.of(
            PersonaSection.IDENTITY,
            PersonaSection.VALUES,
            PersonaSection.INTERESTS,
            PersonaSection.LIFESTYLE,
            PersonaSection.ATTITUDES,
            PersonaSection.PERSONALITY,
            PersonaSection.GOALS,
            PersonaSection.MOTIVATIONS,
            PersonaSection.PAIN_POINTS,
            PersonaSection.BUYING_BEHAVIOUR,
            PersonaSection.CHANNELS,
            PersonaSection.TONE,
            PersonaSection.KEY_MESSAGES);

    private static final String NO_ARCHETYPE = "no archetype fits this segment: no concept's questions differ "
            + "significantly and by at least 0.3 standard deviations (or 10 points) in one direction";

    private EmptySections() {}

    static Map<PersonaSection, String> reasons(
            Segment s, Map<PersonaSection, List<Statement>> kept, boolean hasArchetype) {
        Map<PersonaSection, String> out = new EnumMap<>(PersonaSection.class);
        for (PersonaSection section : CORE) {
            if (!kept.getOrDefault(section, List.of()).isEmpty()) {
                continue;
            }
            out.put(
                    section,
                    switch (section) {
                        case IDENTITY ->
                            descriptorReason(
                                    s, Dimension.DEMOGRAPHIC, "demographic questions (age, gender, " + "income, ...)");
                        case CHANNELS ->
                            descriptorReason(
                                    s,
                                    Dimension.BEHAVIOURAL,
                                    "questions about channels, media or " + "how often people buy or visit");
                        case VALUES, INTERESTS, LIFESTYLE, ATTITUDES, PERSONALITY ->
                            basisReason(s, dimensionOf(section));
                        default ->
                            hasArchetype ? "the fitting archetype says nothing about " + words(section) : NO_ARCHETYPE;
                    });
        }
        return out;
    }

    private static String descriptorReason(Segment s, Dimension dimension, String what) {
        boolean asked = s.descriptors().stream().anyMatch(d -> d.dimension() == dimension);
        return asked ? "none of the survey's " + what + " sets this segment apart" : "the survey has no " + what;
    }

    private static String basisReason(Segment s, Dimension dimension) {
        String kind = dimension.name().toLowerCase(Locale.ROOT);
        boolean asked = s.profile().stream().anyMatch(p -> p.dimension() == dimension);
        return asked
                ? "none of the survey's " + kind + " questions sets this segment apart"
                : "the survey has no " + kind + " questions";
    }

    private static Dimension dimensionOf(PersonaSection section) {
        return Dimension.valueOf(section.name());
    }

    private static String words(PersonaSection section) {
        return section.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
