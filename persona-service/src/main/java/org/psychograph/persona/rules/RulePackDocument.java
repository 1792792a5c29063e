package org.psychograph.persona.rules;

import java.util.List;
import java.util.Map;

/**
 * A rule pack as written in YAML (see docs/rule-packs.md). Patterns are case-insensitive regular
 * expressions matched against a question's code or text; phrases may use {question}, {segment},
 * {overall}, {category} and {label}.
 */
public record RulePackDocument(
        String name,
        Integer version,
        String description,
        Naming names,
        MarkerPhrases markers,
        List<ArchetypeRule> archetypes,
        List<DescriptorRule> identity,
        List<DescriptorRule> b2b,
        List<DescriptorRule> channels,
        Map<String, MeaningBinding> meanings) {

    /** Question codes bound to a concept and pole by the workspace; a binding wins over the text's resolution. */
    public Map<String, MeaningBinding> meanings() {
        return meanings == null ? Map.of() : meanings;
    }

    /** Agreeing with the question means {@code pole} of {@code concept}. */
    public record MeaningBinding(String concept, Direction pole) {}

    public List<ArchetypeRule> archetypes() {
        return archetypes == null ? List.of() : archetypes;
    }

    public List<DescriptorRule> identity() {
        return identity == null ? List.of() : identity;
    }

    public List<DescriptorRule> b2b() {
        return b2b == null ? List.of() : b2b;
    }

    public List<DescriptorRule> channels() {
        return channels == null ? List.of() : channels;
    }

    /** How personas are named. */
    public record Naming(NamingStyle style, List<String> firstNames) {}

    /** Phrases for marker variables: defaults, and per question code. */
    public record MarkerPhrases(String high, String low, Map<String, QuestionPhrase> questions) {

        public Map<String, QuestionPhrase> questions() {
            return questions == null ? Map.of() : questions;
        }
    }

    public record QuestionPhrase(String high, String low) {}

    /** An archetype: when its condition holds on a segment's marker variables, its content applies. */
    public record ArchetypeRule(
            String id,
            String label,
            String nickname,
            Condition when,
            String tagline,
            String tone,
            List<String> goals,
            List<String> motivations,
            List<String> painPoints,
            List<String> buyingBehaviour,
            List<String> keyMessages,
            List<String> avoid) {}

    /** At least one of {@code any}, or every one of {@code all} (both may be given). */
    public record Condition(List<Signal> any, List<Signal> all) {

        public List<Signal> any() {
            return any == null ? List.of() : any;
        }

        public List<Signal> all() {
            return all == null ? List.of() : all;
        }
    }

    /**
     * A marker the archetype needs: a {@code concept} of the vocabulary (concepts.yaml) at a pole, resolved from
     * each question's text, or a {@code question} pattern (a workspace's own codes). For a concept, HIGH means
     * the concept's high pole ("wants low prices" for price-sensitivity), whatever way the question is worded.
     */
    public record Signal(String question, String concept, Direction direction) {}

    /**
     * A descriptor question the pack knows how to describe: identity slots (age, gender...), B2B role
     * slots, channels. {@code category} optionally narrows a rule to some categories.
     */
    public record DescriptorRule(String label, String question, String category, String phrase) {}
}
