package org.psychograph.persona.service;

import io.quarkus.runtime.annotations.RegisterForReflection;
import org.psychograph.persona.generation.ChartPoint;
import org.psychograph.persona.generation.Evidence;
import org.psychograph.persona.generation.PersonaContent;
import org.psychograph.persona.generation.Statement;
import org.psychograph.persona.rules.RulePackDocument;

/**
 * Types that persona-service's own Jackson mappers (stored persona content, rule packs) read and write
 * by reflection; a native executable must keep their constructors and accessors.
 */
@RegisterForReflection(
        targets = {
            PersonaContent.class,
            Statement.class,
            Evidence.class,
            ChartPoint.class,
            RulePackDocument.class,
            RulePackDocument.Naming.class,
            RulePackDocument.MarkerPhrases.class,
            RulePackDocument.QuestionPhrase.class,
            RulePackDocument.ArchetypeRule.class,
            RulePackDocument.Condition.class,
            RulePackDocument.Signal.class,
            RulePackDocument.DescriptorRule.class
        })
public final class NativeReflection {

    private NativeReflection() {}
}
