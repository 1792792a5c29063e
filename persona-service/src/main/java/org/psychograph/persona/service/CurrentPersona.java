package org.psychograph.persona.service;

import org.psychograph.persona.generation.PersonaContent;
import org.psychograph.persona.model.Persona;

/** A persona as it reads now: the lineage (status, version, locks) and its current version's content. */
public record CurrentPersona(Persona persona, PersonaContent content) {

    static CurrentPersona of(Persona persona) {
        return new CurrentPersona(persona, ContentCodec.read(persona.content));
    }

    /** Personas of a run are listed in segment order. */
    public int segmentNumber() {
        return content.segmentNumber();
    }
}
