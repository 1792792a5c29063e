package org.psychograph.persona.generation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.psychograph.persona.client.ProfileEntry;
import org.psychograph.persona.client.Segment;
import org.psychograph.persona.rules.Direction;
import org.psychograph.persona.rules.RulePack;
import org.psychograph.persona.rules.RulePackDocument.ArchetypeRule;
import org.psychograph.persona.rules.RulePackDocument.Signal;

/**
 * Which archetypes a segment shows, judged only on its strong markers (significant and large enough) and on
 * what the questions mean: a concept signal fires on a question whose resolved concept is at the signal's pole
 * in this segment, and only when the segment's markers on that concept agree in direction.
 */
final class ArchetypeMatcher {

    /** A marker must be at least this far from the average, in standard deviations, to carry an archetype. */
    static final double MIN_STANDARDISED = 0.3;
    /** ...or, for shares (yes/no questions), this many points. */
    static final double MIN_SHARE_POINTS = 0.10;
    /** More than two archetypes make a persona read like a horoscope. */
    static final int MAX_ARCHETYPES = 2;

    private ArchetypeMatcher() {}

    /**
     * Significant (adjusted p < 0.05) and large enough to say something about the segment: 0.3 SD or 10 points,
     * below segmentation-service's own marker flag (0.5 SD), which highlights profiles rather than carrying traits.
     */
    static boolean strong(ProfileEntry p) {
        if (!Evidence.significant(p.pValue())) {
            return false;
        }
        return Math.abs(p.standardisedDifference()) >= MIN_STANDARDISED
                || Phrases.looksLikeShare(p.segmentMean(), p.overallMean())
                        && Math.abs(p.difference()) >= MIN_SHARE_POINTS;
    }

    /** The matching archetypes, best first, at most {@link #MAX_ARCHETYPES} (ties broken by the pack's order). */
    static List<ArchetypeMatch> matches(Segment segment, List<ArchetypeRule> rules, Meanings meanings) {
        List<ProfileEntry> markers =
                segment.profile().stream().filter(ArchetypeMatcher::strong).toList();
        Set<String> mixed = mixedConcepts(markers, meanings);
        List<ArchetypeMatch> out = new ArrayList<>();
        for (ArchetypeRule rule : rules) {
            Set<ProfileEntry> fired = new LinkedHashSet<>();
            boolean allHold = true;
            for (Signal s : rule.when().all()) {
                List<ProfileEntry> hits = hits(s, markers, meanings, mixed);
                allHold &= !hits.isEmpty();
                fired.addAll(hits);
            }
            boolean anyHolds = rule.when().any().isEmpty();
            for (Signal s : rule.when().any()) {
                List<ProfileEntry> hits = hits(s, markers, meanings, mixed);
                anyHolds |= !hits.isEmpty();
                fired.addAll(hits);
            }
            if (allHold && anyHolds && !fired.isEmpty()) {
                double score = fired.stream()
                        .mapToDouble(p -> Math.abs(p.standardisedDifference()))
                        .sum();
                out.add(new ArchetypeMatch(
                        rule, score, fired.stream().map(EvidenceFactory::of).toList()));
            }
        }
        List<ArchetypeMatch> sorted = new ArrayList<>(out);
        sorted.sort(Comparator.comparingDouble(ArchetypeMatch::score).reversed());
        return sorted;
    }

    /** Concepts on which the segment's strong markers point both ways: no archetype may rest on them. */
    static Set<String> mixedConcepts(List<ProfileEntry> markers, Meanings meanings) {
        Map<String, Set<Boolean>> poles = new HashMap<>();
        for (ProfileEntry p : markers) {
            meanings.of(p)
                    .ifPresent(m -> poles.computeIfAbsent(m.concept().id(), k -> new HashSet<>())
                            .add(m.highPole(p.difference())));
        }
        Set<String> mixed = new HashSet<>();
        poles.forEach((concept, set) -> {
            if (set.size() > 1) {
                mixed.add(concept);
            }
        });
        return mixed;
    }

    private static List<ProfileEntry> hits(Signal s, List<ProfileEntry> markers, Meanings meanings, Set<String> mixed) {
        if (s.concept() != null) {
            if (mixed.contains(s.concept())) {
                return List.of();
            }
            return markers.stream()
                    .filter(p -> meanings.of(p)
                            .filter(m -> m.concept().id().equals(s.concept()))
                            .filter(m -> m.highPole(p.difference()) == (s.direction() == Direction.HIGH))
                            .isPresent())
                    .toList();
        }
        return markers.stream()
                .filter(p -> RulePack.matches(s.question(), p.questionCode(), p.questionText()))
                .filter(p -> s.direction() == Direction.HIGH ? p.difference() > 0 : p.difference() < 0)
                .toList();
    }

    /**
     * One primary archetype per segment, distinct across the run where possible: the strongest
     * (segment, archetype) pairs are taken first, so two segments do not both become "Budget-conscious"
     * when one of them has another clear trait.
     */
    static Map<String, ArchetypeMatch> primaries(Map<String, List<ArchetypeMatch>> bySegment) {
        record Pair(String segmentId, ArchetypeMatch match) {}
        List<Pair> pairs = new ArrayList<>();
        bySegment.forEach((id, ms) -> ms.forEach(m -> pairs.add(new Pair(id, m))));
        pairs.sort(Comparator.comparingDouble((Pair p) -> p.match().score())
                .reversed()
                .thenComparing(Pair::segmentId));
        Map<String, ArchetypeMatch> primary = new HashMap<>();
        Set<String> taken = new HashSet<>();
        for (Pair p : pairs) {
            if (!primary.containsKey(p.segmentId())
                    && !taken.contains(p.match().rule().id())) {
                primary.put(p.segmentId(), p.match());
                taken.add(p.match().rule().id());
            }
        }
        bySegment.forEach((id, ms) -> {
            if (!primary.containsKey(id) && !ms.isEmpty()) {
                primary.put(id, ms.get(0));
            }
        });
        return primary;
    }
}
