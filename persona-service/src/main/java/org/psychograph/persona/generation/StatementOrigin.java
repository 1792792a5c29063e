package org.psychograph.persona.generation;

/** Who wrote a statement: the rules, a person rewording a generated one (evidence kept), or a person alone. */
public enum StatementOrigin {
    GENERATED,
    EDITED,
    HUMAN
}
