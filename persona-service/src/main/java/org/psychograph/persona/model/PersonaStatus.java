package org.psychograph.persona.model;

public enum PersonaStatus {
    DRAFT,
    PUBLISHED
}
