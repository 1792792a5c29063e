package org.psychograph.persona.model;

/** What made a new persona version. */
public enum VersionChange {
    GENERATED,
    REGENERATED,
    EDITED
}
