package org.psychograph.persona.generation;

import org.psychograph.persona.rules.Direction;

/**
 * An analyst's reading of a question: the concept and pole agreement with it means, or (both null) that it
 * measures no concept. Wins over the rule pack's bindings and the automatic reading.
 */
public record MeaningOverride(String concept, Direction pole) {

    public static final MeaningOverride NO_CONCEPT = new MeaningOverride(null, null);
}
