package org.psychograph.persona.service;

import org.psychograph.persona.model.PersonaVersion;

/**
 * One version of a persona, with what it portrays: the name it had, the segment (by number) of its run, and the
 * survey (wave) that run segmented (null for versions written before that was recorded).
 */
public record NamedVersion(PersonaVersion version, String name, int segmentNumber, String surveyId) {}
