package org.psychograph.persona.rules;

/** ALLITERATIVE: "Budget Ben" (archetype nickname + a first name with the same initial); PLAIN: "Ben". */
public enum NamingStyle {
    ALLITERATIVE,
    PLAIN
}
