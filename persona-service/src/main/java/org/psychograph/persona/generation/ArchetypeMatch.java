package org.psychograph.persona.generation;

import java.util.List;
import org.psychograph.persona.rules.RulePackDocument.ArchetypeRule;

/** An archetype whose condition holds on a segment: score = sum of |standardised difference| of the markers that fired. */
record ArchetypeMatch(ArchetypeRule rule, double score, List<Evidence> evidence) {}
