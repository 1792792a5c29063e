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
    /** Key prefix of the statements that say a segment is close to the average: small differences support them. */
    static final String AVERAGE_KEY = "average";

    static final String NO_STRONG_LEANINGS = "No strong leanings";
    /** The nickname of a persona whose segment is close to the average on everything. */
    static final String AVERAGE_NICKNAME = "Mainstream";

    private PersonaGenerator() {}

    /** The personas of the run, in the run's segment order (without avatars: they need the persona's id). */
    public static List<PersonaContent> generate(Run run, RulePack pack) {
        return generate(run, pack, Map.of());
    }

    /**
     * The personas of the run, reading its questions with the analyst's corrections (question code to meaning)
     * first. Call {@link Meanings#warm} before, off the event loop, when the sentence model may be needed.
     */
    public static List<PersonaContent> generate(Run run, RulePack pack, Map<String, MeaningOverride> corrections) {
        RulePackDocument rules = pack.rules();
        Meanings meanings = new Meanings(rules, corrections);
        Map<String, List<ArchetypeMatch>> matches = new LinkedHashMap<>();
        for (Segment s : run.segments()) {
            matches.put(s.id(), ArchetypeMatcher.matches(s, rules.archetypes(), meanings));
        }
        Map<String, ArchetypeMatch> primaries = ArchetypeMatcher.primaries(matches);
        PersonaNamer namer = new PersonaNamer(rules.names());
        List<PersonaContent> out = new ArrayList<>();
        for (Segment s : run.segments()) {
            List<ArchetypeMatch> ordered = primaryFirst(matches.get(s.id()), primaries.get(s.id()));
            ordered = ordered.subList(0, Math.min(ArchetypeMatcher.MAX_ARCHETYPES, ordered.size()));
            out.add(persona(run, s, ordered, pack, namer, meanings));
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

    private static PersonaContent persona(
            Run run, Segment s, List<ArchetypeMatch> archetypes, RulePack pack, PersonaNamer namer, Meanings meanings) {
        RulePackDocument rules = pack.rules();
        Map<PersonaSection, List<Statement>> sections = new EnumMap<>(PersonaSection.class);
        Evidence size = EvidenceFactory.size(s, run.segments().size());
        add(
                sections,
                PersonaSection.SIZE,
                Statement.generated(
                        "size",
                        String.format(
                                Locale.ROOT,
                                "Segment %d of %d: %d respondents, %s of the sample",
                                s.number(),
                                run.segments().size(),
                                s.size(),
                                Phrases.value(s.share(), true)),
                        List.of(size)));
        List<ProfileEntry> markers = s.profile().stream()
                .filter(ProfileEntry::marker)
                .sorted(Comparator.comparingDouble((ProfileEntry p) -> -Math.abs(p.standardisedDifference()))
                        .thenComparing(ProfileEntry::questionCode))
                .toList();
        for (ProfileEntry p : markers) {
            add(sections, sectionOf(p.dimension()), markerStatement(p, rules));
        }
        archetypeContent(sections, archetypes);
        DescriptorStatements.of(s, rules).forEach((section, list) -> list.forEach(st -> add(sections, section, st)));

        ArchetypeMatch primary = archetypes.isEmpty() ? null : archetypes.get(0);
        boolean average = s.profile().stream().noneMatch(ArchetypeMatcher::strong);
        String plainLabel = average ? NO_STRONG_LEANINGS : plainLabel(markers);
        headline(sections, s, primary, markers, plainLabel, average);
        String name = namer.name(nickname(primary, markers, average, meanings));
        summary(sections, s, name, primary, markers, size, rules, plainLabel);
        List<ChartPoint> chart = s.profile().stream()
                .map(p -> new ChartPoint(
                        p.questionCode(), p.questionText(), p.segmentMean(), p.overallMean(), p.marker()))
                .toList();
        ContradictionGuard.Verdict verdict = ContradictionGuard.check(sections, claims(archetypes, meanings));
        List<String> notes = new ArrayList<>(verdict.notes());
        ArchetypeMatcher.mixedConcepts(
                        s.profile().stream().filter(ArchetypeMatcher::strong).toList(), meanings)
                .stream()
                .sorted()
                .forEach(
                        c -> notes.add("No archetype rests on " + c + ": the segment's answers on it point both ways"));
        String primaryId = primary == null
                        || verdict.kept().getOrDefault(PersonaSection.ARCHETYPES, List.of()).stream()
                                .noneMatch(st -> st.key()
                                        .equals("archetype." + primary.rule().id()))
                ? null
                : primary.rule().id();
        return new PersonaContent(
                name,
                s.id(),
                s.number(),
                s.label(),
                s.size(),
                s.share(),
                s.stability(),
                pack.key(),
                primaryId,
                null,
                verdict.kept(),
                chart,
                notes,
                EmptySections.reasons(s, verdict.kept(), primaryId != null));
    }

    /** The archetypes themselves, then what the leading ones say about goals, motivations and so on. */
    private static void archetypeContent(
            Map<PersonaSection, List<Statement>> sections, List<ArchetypeMatch> archetypes) {
        for (ArchetypeMatch m : archetypes) {
            add(
                    sections,
                    PersonaSection.ARCHETYPES,
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
            phrases(
                    sections,
                    PersonaSection.KEY_MESSAGES,
                    primary,
                    "keyMessages",
                    primary.rule().keyMessages());
            phrases(
                    sections,
                    PersonaSection.AVOID,
                    primary,
                    "avoid",
                    primary.rule().avoid());
        }
    }

    /** Tagline and tone: the primary archetype's, else the segment's label backed by its strongest markers. */
    private static void headline(
            Map<PersonaSection, List<Statement>> sections,
            Segment s,
            ArchetypeMatch primary,
            List<ProfileEntry> markers,
            String plainLabel,
            boolean average) {
        if (primary != null && primary.rule().tagline() != null) {
            add(
                    sections,
                    PersonaSection.TAGLINE,
                    Statement.generated(
                            "archetype." + primary.rule().id() + ".tagline",
                            primary.rule().tagline(),
                            primary.evidence()));
        } else if (average && !s.profile().isEmpty()) {
            List<ProfileEntry> largest = s.profile().stream()
                    .sorted(Comparator.comparingDouble((ProfileEntry p) -> -Math.abs(p.standardisedDifference()))
                            .thenComparing(ProfileEntry::questionCode))
                    .limit(3)
                    .toList();
            add(
                    sections,
                    PersonaSection.TAGLINE,
                    Statement.generated(
                            AVERAGE_KEY + ".tagline",
                            NO_STRONG_LEANINGS + ": middle-of-the-road, close to the average on every question",
                            largest.stream().map(EvidenceFactory::of).toList()));
        } else if (!markers.isEmpty()) {
            add(
                    sections,
                    PersonaSection.TAGLINE,
                    Statement.generated(
                            "tagline.label",
                            capitalise(plainLabel),
                            markers.stream().limit(3).map(EvidenceFactory::of).toList()));
        }
        if (primary != null && primary.rule().tone() != null) {
            add(
                    sections,
                    PersonaSection.TONE,
                    Statement.generated(
                            "archetype." + primary.rule().id() + ".tone",
                            primary.rule().tone(),
                            primary.evidence()));
        }
    }

    private static void summary(
            Map<PersonaSection, List<Statement>> sections,
            Segment s,
            String name,
            ArchetypeMatch primary,
            List<ProfileEntry> markers,
            Evidence size,
            RulePackDocument rules,
            String plainLabel) {
        List<ProfileEntry> top = markers.stream().limit(3).toList();
        StringBuilder text = new StringBuilder(name)
                .append(" stands for ")
                .append(Phrases.value(s.share(), true))
                .append(" of respondents (segment ")
                .append(s.number())
                .append(", \"")
                .append(plainLabel)
                .append("\")");
        if (primary != null) {
            text.append(", a ")
                    .append(primary.rule().label().toLowerCase(Locale.ROOT))
                    .append(" profile");
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
        return Statement.generated(
                "marker." + p.questionCode() + (high ? ".high" : ".low"),
                markerText(p, rules),
                List.of(EvidenceFactory.of(p)));
    }

    private static String markerText(ProfileEntry p, RulePackDocument rules) {
        boolean high = p.difference() > 0;
        QuestionPhrase own = rules.markers().questions().get(p.questionCode());
        String template = own != null && (high ? own.high() : own.low()) != null
                ? (high ? own.high() : own.low())
                : (high ? rules.markers().high() : rules.markers().low());
        boolean share = Phrases.looksLikeShare(p.segmentMean(), p.overallMean());
        return Phrases.fill(
                template,
                Map.of(
                        "question",
                        Phrases.question(p.questionText(), p.questionCode()),
                        "label",
                        Phrases.question(p.questionText(), p.questionCode()),
                        "segment",
                        Phrases.value(p.segmentMean(), share),
                        "overall",
                        Phrases.value(p.overallMean(), share),
                        "category",
                        ""));
    }

    private static void phrases(
            Map<PersonaSection, List<Statement>> sections,
            PersonaSection section,
            ArchetypeMatch m,
            String field,
            List<String> phrases) {
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

    /**
     * The primary archetype's nickname; else the pole of the concept behind the strongest marker ("Outgoing");
     * else "Mainstream" for a segment close to the average; else none (a first name alone), never a code or a
     * negation ("Not Nate", "Detergents_Paper Dan").
     */
    private static String nickname(
            ArchetypeMatch primary, List<ProfileEntry> markers, boolean average, Meanings meanings) {
        if (primary != null) {
            return primary.rule().nickname();
        }
        if (average) {
            return AVERAGE_NICKNAME;
        }
        for (ProfileEntry p : markers) {
            if (ArchetypeMatcher.strong(p)) {
                var meaning = meanings.of(p);
                if (meaning.isPresent()) {
                    return meaning.get()
                            .concept()
                            .pole(meaning.get().highPole(p.difference()))
                            .nickname();
                }
            }
        }
        return null;
    }

    /** The segment in its strongest markers' own words, as segmentation-service labels it (never codes). */
    static String plainLabel(List<ProfileEntry> markers) {
        List<String> words = new ArrayList<>();
        for (ProfileEntry p : markers.stream().limit(3).toList()) {
            String phrase = PlainWords.of(p.questionText(), p.questionCode());
            String said = p.difference() >= 0 ? phrase : PlainWords.below(phrase);
            String joined = String.join(", ", words) + (words.isEmpty() ? "" : ", ") + said;
            if (!words.contains(said) && (words.isEmpty() || joined.length() <= PlainWords.MAX_CHARS)) {
                words.add(said);
            }
        }
        return words.isEmpty() ? NO_STRONG_LEANINGS : String.join(", ", words);
    }

    /**
     * What each statement claims about its evidence, re-derived from the rules rather than taken from the matcher:
     * a marker statement needs its question on its side of the average; an archetype's statement needs each
     * question at the pole the archetype's signal names (through the question's meaning, or the signal's own
     * direction for a question pattern).
     */
    private static ContradictionGuard.Claims claims(List<ArchetypeMatch> archetypes, Meanings meanings) {
        Map<String, ArchetypeRule> byKey = new LinkedHashMap<>();
        archetypes.forEach(m -> byKey.put("archetype." + m.rule().id(), m.rule()));
        return (statement, evidence) -> {
            String key = statement.key() == null ? "" : statement.key();
            if (evidence.kind() != EvidenceKind.PROFILE_MEAN) {
                return 0;
            }
            if (key.startsWith("marker.")) {
                return key.endsWith(".high") ? 1 : key.endsWith(".low") ? -1 : 0;
            }
            ArchetypeRule rule = byKey.entrySet().stream()
                    .filter(e -> key.equals(e.getKey()) || key.startsWith(e.getKey() + "."))
                    .map(Map.Entry::getValue)
                    .findFirst()
                    .orElse(null);
            return rule == null ? 0 : expectedSign(rule, evidence, meanings);
        };
    }

    private static int expectedSign(ArchetypeRule rule, Evidence e, Meanings meanings) {
        var meaning = meanings.of(e.questionCode(), e.questionText());
        int sign = 0;
        for (var signal : concat(rule.when().any(), rule.when().all())) {
            int wanted = signal.direction() == org.psychograph.persona.rules.Direction.HIGH ? 1 : -1;
            int here = 0;
            if (signal.concept() != null
                    && meaning.isPresent()
                    && meaning.get().concept().id().equals(signal.concept())) {
                here = wanted * meaning.get().polarity();
            } else if (signal.concept() == null
                    && org.psychograph.persona.rules.RulePack.matches(
                            signal.question(), e.questionCode(), e.questionText())) {
                here = wanted;
            }
            if (here != 0) {
                if (sign != 0 && sign != here) {
                    return 0; // the archetype accepts both directions on this question
                }
                sign = here;
            }
        }
        return sign;
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
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
        content.sections()
                .values()
                .forEach(list -> list.forEach(st -> {
                    if (st.key() != null) {
                        out.putIfAbsent(st.key(), st);
                    }
                }));
        return out;
    }
}
