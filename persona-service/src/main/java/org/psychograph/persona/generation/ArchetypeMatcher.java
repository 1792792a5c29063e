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

/** Which archetypes a segment shows, judged only on its marker variables. */
final class ArchetypeMatcher {

    private ArchetypeMatcher() {
    }

    /** The matching archetypes, best first (ties broken by the pack's order, so the result is deterministic). */
    static List<ArchetypeMatch> matches(Segment segment, List<ArchetypeRule> rules) {
        List<ProfileEntry> markers = segment.profile().stream().filter(ProfileEntry::marker).toList();
        List<ArchetypeMatch> out = new ArrayList<>();
        for (ArchetypeRule rule : rules) {
            Set<ProfileEntry> fired = new LinkedHashSet<>();
            boolean allHold = true;
            for (Signal s : rule.when().all()) {
                List<ProfileEntry> hits = hits(s, markers);
                allHold &= !hits.isEmpty();
                fired.addAll(hits);
            }
            boolean anyHolds = rule.when().any().isEmpty();
            for (Signal s : rule.when().any()) {
                List<ProfileEntry> hits = hits(s, markers);
                anyHolds |= !hits.isEmpty();
                fired.addAll(hits);
            }
            if (allHold && anyHolds && !fired.isEmpty()) {
                double score = fired.stream().mapToDouble(p -> Math.abs(p.standardisedDifference())).sum();
                out.add(new ArchetypeMatch(rule, score, fired.stream().map(EvidenceFactory::of).toList()));
            }
        }
        List<ArchetypeMatch> sorted = new ArrayList<>(out);
        sorted.sort(Comparator.comparingDouble(ArchetypeMatch::score).reversed());
        return sorted;
    }

    private static List<ProfileEntry> hits(Signal s, List<ProfileEntry> markers) {
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
        record Pair(String segmentId, ArchetypeMatch match) {
        }
        List<Pair> pairs = new ArrayList<>();
        bySegment.forEach((id, ms) -> ms.forEach(m -> pairs.add(new Pair(id, m))));
        pairs.sort(Comparator.comparingDouble((Pair p) -> p.match().score()).reversed()
                .thenComparing(Pair::segmentId));
        Map<String, ArchetypeMatch> primary = new HashMap<>();
        Set<String> taken = new HashSet<>();
        for (Pair p : pairs) {
            if (!primary.containsKey(p.segmentId()) && !taken.contains(p.match().rule().id())) {
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
