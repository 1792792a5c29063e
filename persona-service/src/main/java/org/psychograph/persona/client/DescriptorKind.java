package org.psychograph.persona.client;

public enum DescriptorKind {
    CATEGORICAL,
    NUMERIC
}
