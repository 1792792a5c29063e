package org.psychograph.persona.generation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.psychograph.persona.client.Dimension;
import org.psychograph.persona.client.ProfileEntry;
import org.psychograph.persona.client.Run;
import org.psychograph.persona.client.Segment;
import org.psychograph.persona.rules.RulePack;
import org.psychograph.persona.rules.RulePackDocument;
import org.psychograph.persona.rules.RulePackDocument.ArchetypeRule;
import org.psychograph.persona.rules.RulePackDocument.QuestionPhrase;

/**
 * Writes one persona per segment from the run's statistics and a rule pack. Pure and deterministic:
 * the same run and pack give the same personas. No statement is written without evidence.
 */
public final class PersonaGenerator {

    /** Archetypes beyond the first two add noise rather than insight to goals, pain points and messages. */
    private static final int ARCHETYPES_FOR_CONTENT = 2;

    private PersonaGenerator() {
    }

    /** The personas of the run, in the run's segment order (without avatars: they need the persona's id). */
    public static List<PersonaContent> generate(Run run, RulePack pack) {
        RulePackDocument rules = pack.rules();
        Map<String, List<ArchetypeMatch>> matches = new LinkedHashMap<>();
        for (Segment s : run.segments()) {
            matches.put(s.id(), ArchetypeMatcher.matches(s, rules.archetypes()));
        }
        Map<String, ArchetypeMatch> primaries = ArchetypeMatcher.primaries(matches);
        PersonaNamer namer = new PersonaNamer(rules.names());
        List<PersonaContent> out = new ArrayList<>();
        for (Segment s : run.segments()) {
            List<ArchetypeMatch> ordered = primaryFirst(matches.get(s.id()), primaries.get(s.id()));
            out.add(persona(run, s, ordered, pack, namer));
        }
        return out;
    }

    private static List<ArchetypeMatch> primaryFirst(List<ArchetypeMatch> all, ArchetypeMatch primary) {
        List<ArchetypeMatch> ordered = new ArrayList<>(all);
        if (primary != null) {
            ordered.remove(primary);
            ordered.add(0, primary);
        }
        return ordered;
    }

    private static PersonaContent persona(Run run, Segment s, List<ArchetypeMatch> archetypes, RulePack pack,
            PersonaNamer namer) {
        RulePackDocument rules = pack.rules();
        Map<PersonaSection, List<Statement>> sections = new EnumMap<>(PersonaSection.class);
        Evidence size = EvidenceFactory.size(s, run.segments().size());
        add(sections, PersonaSection.SIZE, Statement.generated("size", String.format(Locale.ROOT,
                "Segment %d of %d: %d respondents, %s of the sample", s.number(), run.segments().size(), s.size(),
                Phrases.value(s.share(), true)), List.of(size)));
        List<ProfileEntry> markers = s.profile().stream().filter(ProfileEntry::marker)
                .sorted(Comparator.comparingDouble((ProfileEntry p) -> -Math.abs(p.standardisedDifference()))
                        .thenComparing(ProfileEntry::questionCode))
                .toList();
        for (ProfileEntry p : markers) {
            add(sections, sectionOf(p.dimension()), markerStatement(p, rules));
        }
        archetypeContent(sections, archetypes);
        DescriptorStatements.of(s, rules).forEach((section, list) -> list.forEach(st -> add(sections, section, st)));

        ArchetypeMatch primary = archetypes.isEmpty() ? null : archetypes.get(0);
        headline(sections, s, primary, markers);
        String name = namer.name(primary != null ? primary.rule().nickname() : nicknameFrom(s.label()));
        summary(sections, s, name, primary, markers, size, rules);
        List<ChartPoint> chart = s.profile().stream().map(p -> new ChartPoint(p.questionCode(), p.questionText(),
                p.segmentMean(), p.overallMean(), p.marker())).toList();
        return new PersonaContent(name, s.id(), s.number(), s.label(), s.size(), s.share(), s.stability(), pack.key(),
                primary == null ? null : primary.rule().id(), null, sections, chart);
    }

    /** The archetypes themselves, then what the leading ones say about goals, motivations and so on. */
    private static void archetypeContent(Map<PersonaSection, List<Statement>> sections,
            List<ArchetypeMatch> archetypes) {
        for (ArchetypeMatch m : archetypes) {
            add(sections, PersonaSection.ARCHETYPES,
                    Statement.generated("archetype." + m.rule().id(), m.rule().label(), m.evidence()));
        }
        List<ArchetypeMatch> leading = archetypes.subList(0, Math.min(ARCHETYPES_FOR_CONTENT, archetypes.size()));
        for (ArchetypeMatch m : leading) {
            ArchetypeRule r = m.rule();
            phrases(sections, PersonaSection.GOALS, m, "goals", r.goals());
            phrases(sections, PersonaSection.MOTIVATIONS, m, "motivations", r.motivations());
            phrases(sections, PersonaSection.PAIN_POINTS, m, "painPoints", r.painPoints());
            phrases(sections, PersonaSection.BUYING_BEHAVIOUR, m, "buyingBehaviour", r.buyingBehaviour());
        }
        if (!archetypes.isEmpty()) {
            // messages and what to avoid come from the primary archetype alone: two archetypes' advice
            // can contradict each other ("premium items" vs "avoid premium positioning")
            ArchetypeMatch primary = archetypes.get(0);
            phrases(sections, PersonaSection.KEY_MESSAGES, primary, "keyMessages", primary.rule().keyMessages());
            phrases(sections, PersonaSection.AVOID, primary, "avoid", primary.rule().avoid());
        }
    }

    /** Tagline and tone: the primary archetype's, else the segment's label backed by its strongest markers. */
    private static void headline(Map<PersonaSection, List<Statement>> sections, Segment s, ArchetypeMatch primary,
            List<ProfileEntry> markers) {
        if (primary != null && primary.rule().tagline() != null) {
            add(sections, PersonaSection.TAGLINE, Statement.generated("archetype." + primary.rule().id() + ".tagline",
                    primary.rule().tagline(), primary.evidence()));
        } else if (!markers.isEmpty()) {
            add(sections, PersonaSection.TAGLINE, Statement.generated("tagline.label",
                    capitalise(s.label()), markers.stream().limit(3).map(EvidenceFactory::of).toList()));
        }
        if (primary != null && primary.rule().tone() != null) {
            add(sections, PersonaSection.TONE, Statement.generated("archetype." + primary.rule().id() + ".tone",
                    primary.rule().tone(), primary.evidence()));
        }
    }

    private static void summary(Map<PersonaSection, List<Statement>> sections, Segment s, String name,
            ArchetypeMatch primary, List<ProfileEntry> markers, Evidence size, RulePackDocument rules) {
        List<ProfileEntry> top = markers.stream().limit(3).toList();
        StringBuilder text = new StringBuilder(name).append(" stands for ").append(Phrases.value(s.share(), true))
                .append(" of respondents (segment ").append(s.number()).append(", \"").append(s.label()).append("\")");
        if (primary != null) {
            text.append(", a ").append(primary.rule().label().toLowerCase(Locale.ROOT)).append(" profile");
        }
        text.append('.');
        if (!top.isEmpty()) {
            text.append(" Compared with everyone else: ");
            List<String> parts = new ArrayList<>();
            for (ProfileEntry p : top) {
                parts.add(lowerFirst(markerText(p, rules)));
            }
            text.append(String.join("; ", parts)).append('.');
        }
        List<Evidence> evidence = new ArrayList<>();
        evidence.add(size);
        top.forEach(p -> evidence.add(EvidenceFactory.of(p)));
        add(sections, PersonaSection.SUMMARY, Statement.generated("summary", text.toString(), evidence));
    }

    private static Statement markerStatement(ProfileEntry p, RulePackDocument rules) {
        boolean high = p.difference() > 0;
        return Statement.generated("marker." + p.questionCode() + (high ? ".high" : ".low"), markerText(p, rules),
                List.of(EvidenceFactory.of(p)));
    }

    private static String markerText(ProfileEntry p, RulePackDocument rules) {
        boolean high = p.difference() > 0;
        QuestionPhrase own = rules.markers().questions().get(p.questionCode());
        String template = own != null && (high ? own.high() : own.low()) != null
                ? (high ? own.high() : own.low())
                : (high ? rules.markers().high() : rules.markers().low());
        boolean share = Phrases.looksLikeShare(p.segmentMean(), p.overallMean());
        return Phrases.fill(template, Map.of("question", Phrases.question(p.questionText(), p.questionCode()),
                "label", Phrases.question(p.questionText(), p.questionCode()),
                "segment", Phrases.value(p.segmentMean(), share), "overall", Phrases.value(p.overallMean(), share),
                "category", ""));
    }

    private static void phrases(Map<PersonaSection, List<Statement>> sections, PersonaSection section,
            ArchetypeMatch m, String field, List<String> phrases) {
        if (phrases == null) {
            return;
        }
        for (int i = 0; i < phrases.size(); i++) {
            String key = "archetype." + m.rule().id() + "." + field + "." + i;
            add(sections, section, Statement.generated(key, phrases.get(i), m.evidence()));
        }
    }

    static PersonaSection sectionOf(Dimension d) {
        return switch (d == null ? Dimension.OTHER : d) {
            case VALUES -> PersonaSection.VALUES;
            case INTERESTS -> PersonaSection.INTERESTS;
            case LIFESTYLE -> PersonaSection.LIFESTYLE;
            case PERSONALITY -> PersonaSection.PERSONALITY;
            case BEHAVIOURAL -> PersonaSection.BUYING_BEHAVIOUR;
            case DEMOGRAPHIC -> PersonaSection.IDENTITY;
            default -> PersonaSection.ATTITUDES;
        };
    }

    private static void add(Map<PersonaSection, List<Statement>> sections, PersonaSection section, Statement s) {
        List<Statement> list = sections.computeIfAbsent(section, k -> new ArrayList<>());
        if (list.stream().noneMatch(x -> x.key().equals(s.key()))) {
            list.add(s);
        }
    }

    private static String nicknameFrom(String label) {
        String word = label == null ? "" : label.strip().split("[\\s,;]+")[0];
        return word.isEmpty() ? null : capitalise(word);
    }

    private static String capitalise(String s) {
        return s == null || s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }

    private static String lowerFirst(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toLowerCase(Locale.ROOT) + s.substring(1);
    }

    /** Used by regeneration: the statements of a freshly generated content, by key. */
    public static Map<String, Statement> byKey(PersonaContent content) {
        Map<String, Statement> out = new LinkedHashMap<>();
        content.sections().values().forEach(list -> list.forEach(st -> {
            if (st.key() != null) {
                out.putIfAbsent(st.key(), st);
            }
        }));
        return out;
    }
}
