package org.psychograph.persona.generation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.psychograph.persona.client.CategoryShare;
import org.psychograph.persona.client.DescriptorBreakdown;
import org.psychograph.persona.client.DescriptorKind;
import org.psychograph.persona.client.Dimension;
import org.psychograph.persona.client.Segment;
import org.psychograph.persona.rules.RulePack;
import org.psychograph.persona.rules.RulePackDocument;
import org.psychograph.persona.rules.RulePackDocument.DescriptorRule;

/**
 * Statements from descriptor questions: identity from DEMOGRAPHIC ones, channels from BEHAVIOURAL
 * ones, the B2B role where the pack recognises such a question, and other significant descriptors as
 * attitudes. Only questions the survey has are used, so nothing is invented when they are missing.
 */
final class DescriptorStatements {

    private static final String DEFAULT_CATEGORY = "{label}: {category} ({segment} vs {overall} overall)";
    /** Up to this many categories an identity question is shown as a mix (e.g. gender) rather than one category. */
    private static final int MIX_CATEGORIES = 3;

    private static final String DEFAULT_MEAN = "{label}: {segment} on average ({overall} overall)";

    private DescriptorStatements() {}

    static Map<PersonaSection, List<Statement>> of(Segment segment, RulePackDocument rules) {
        Map<PersonaSection, List<Statement>> out = new EnumMap<>(PersonaSection.class);
        for (DescriptorBreakdown d : segment.descriptors()) {
            Optional<DescriptorRule> b2b = first(rules.b2b(), d);
            PersonaSection section;
            Optional<DescriptorRule> rule;
            if (b2b.isPresent()) {
                section = PersonaSection.B2B_ROLE;
                rule = b2b;
            } else if (d.dimension() == Dimension.DEMOGRAPHIC) {
                section = PersonaSection.IDENTITY;
                rule = first(rules.identity(), d);
            } else if (d.dimension() == Dimension.BEHAVIOURAL) {
                section = PersonaSection.CHANNELS;
                rule = first(rules.channels(), d);
            } else if (Evidence.significant(d.pValue())) {
                section = PersonaSection.ATTITUDES;
                rule = Optional.empty();
            } else {
                continue;
            }
            statement(d, rule, section)
                    .ifPresent(s ->
                            out.computeIfAbsent(section, k -> new ArrayList<>()).add(s));
        }
        return out;
    }

    private static Optional<DescriptorRule> first(List<DescriptorRule> rules, DescriptorBreakdown d) {
        return rules.stream()
                .filter(r -> RulePack.matches(r.question(), d.questionCode(), d.questionText()))
                .findFirst();
    }

    private static Optional<Statement> statement(
            DescriptorBreakdown d, Optional<DescriptorRule> rule, PersonaSection section) {
        String label = rule.map(DescriptorRule::label).orElse(Phrases.question(d.questionText(), d.questionCode()));
        String key = "descriptor." + d.questionCode();
        if (d.kind() == DescriptorKind.NUMERIC) {
            if (d.segmentMean() == null || d.overallMean() == null) {
                return Optional.empty();
            }
            String template =
                    rule.map(DescriptorRule::phrase).filter(p -> !p.isBlank()).orElse(DEFAULT_MEAN);
            String text = Phrases.fill(
                    template,
                    Map.of(
                            "label",
                            label,
                            "question",
                            label,
                            "segment",
                            Phrases.value(d.segmentMean(), false),
                            "overall",
                            Phrases.value(d.overallMean(), false),
                            "category",
                            ""));
            return Optional.of(Statement.generated(key, text, List.of(EvidenceFactory.of(d))));
        }
        if (section == PersonaSection.IDENTITY
                && d.categories().size() <= MIX_CATEGORIES
                && rule.map(DescriptorRule::phrase).filter(p -> !p.isBlank()).isEmpty()) {
            return mix(d, label, key);
        }
        Optional<CategoryShare> pick = characteristic(d, rule);
        return pick.map(c -> {
            String template =
                    rule.map(DescriptorRule::phrase).filter(p -> !p.isBlank()).orElse(DEFAULT_CATEGORY);
            String text = Phrases.fill(
                    template,
                    Map.of(
                            "label",
                            label,
                            "question",
                            label,
                            "category",
                            c.label(),
                            "segment",
                            Phrases.value(c.segmentShare(), true),
                            "overall",
                            Phrases.value(c.overallShare(), true)));
            return Statement.generated(key + "." + c.label(), text, List.of(EvidenceFactory.of(d, c)));
        });
    }

    /** A mix such as gender: every category's share, largest first, each with its evidence. */
    private static Optional<Statement> mix(DescriptorBreakdown d, String label, String key) {
        List<CategoryShare> shares = d.categories().stream()
                .sorted(Comparator.comparingDouble(CategoryShare::segmentShare).reversed())
                .toList();
        if (shares.isEmpty()) {
            return Optional.empty();
        }
        String segment = shares.stream()
                .map(c -> Phrases.value(c.segmentShare(), true) + " " + c.label())
                .collect(Collectors.joining(", "));
        String overall =
                shares.stream().map(c -> Phrases.value(c.overallShare(), true)).collect(Collectors.joining(", "));
        return Optional.of(Statement.generated(
                key + ".mix",
                label + ": " + segment + " (overall " + overall + ")",
                shares.stream().map(c -> EvidenceFactory.of(d, c)).toList()));
    }

    /**
     * The category that characterises the segment: the most over-represented one (largest lift) among
     * those held by at least 10% of the segment; when nothing is over-represented, the most common one.
     * A rule's category pattern narrows the choice.
     */
    private static Optional<CategoryShare> characteristic(DescriptorBreakdown d, Optional<DescriptorRule> rule) {
        String pattern = rule.map(DescriptorRule::category).orElse(null);
        List<CategoryShare> candidates = d.categories().stream()
                .filter(c -> RulePack.matches(pattern, c.label(), null))
                .filter(c -> c.segmentShare() > 0)
                .toList();
        Optional<CategoryShare> over = candidates.stream()
                .filter(c -> c.segmentShare() >= 0.10 && c.overallShare() > 0 && c.segmentShare() > c.overallShare())
                .max(Comparator.comparingDouble(c -> c.segmentShare() / c.overallShare()));
        return over.isPresent()
                ? over
                : candidates.stream().max(Comparator.comparingDouble(CategoryShare::segmentShare));
    }
}
