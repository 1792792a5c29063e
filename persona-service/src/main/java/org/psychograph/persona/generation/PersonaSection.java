package org.psychograph.persona.generation;

/** The parts of a persona; each holds statements. Editing a section locks it against regeneration. */
public enum PersonaSection {
    TAGLINE,
    SUMMARY,
    ARCHETYPES,
    SIZE,
    IDENTITY,
    VALUES,
    INTERESTS,
    LIFESTYLE,
    ATTITUDES,
    PERSONALITY,
    GOALS,
    MOTIVATIONS,
    PAIN_POINTS,
    BUYING_BEHAVIOUR,
    B2B_ROLE,
    CHANNELS,
    TONE,
    KEY_MESSAGES,
    AVOID
}
