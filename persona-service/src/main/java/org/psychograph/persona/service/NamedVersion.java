package org.psychograph.persona.service;

import org.psychograph.persona.model.PersonaVersion;

/** One version of a persona, with the name the persona had in it. */
public record NamedVersion(PersonaVersion version, String name) {}
