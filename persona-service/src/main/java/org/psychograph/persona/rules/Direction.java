package org.psychograph.persona.rules;

/** Whether a marker variable must be above (HIGH) or below (LOW) the overall mean for a signal to fire. */
public enum Direction {
    HIGH,
    LOW
}
