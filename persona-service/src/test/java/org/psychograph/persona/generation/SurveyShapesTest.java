package org.psychograph.persona.generation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.psychograph.persona.client.Dimension;
import org.psychograph.persona.client.ProfileEntry;
import org.psychograph.persona.client.Run;
import org.psychograph.persona.client.RunStatus;
import org.psychograph.persona.client.Segment;
import org.psychograph.persona.meaning.ConceptVocabulary;
import org.psychograph.persona.meaning.MeaningResolver;
import org.psychograph.persona.meaning.QuestionMeaning;
import org.psychograph.persona.rules.Direction;
import org.psychograph.persona.rules.RulePack;
import org.psychograph.persona.rules.RulePackDocument.ArchetypeRule;
import org.psychograph.persona.rules.RulePackDocument.Signal;

/**
 * Surveys of other shapes than the demo, with a known structure: a travel-motives survey whose first segment does
 * NOT care about prices, a Big Five-style battery with reversed items, a B2B purchase-criteria survey with codes
 * like Detergents_Paper. Names, taglines and statements must be plain words, archetypes must agree with their
 * evidence, and a segment close to the average must say so.
 */
public class SurveyShapesTest {

    /** An underscore, or a lower-to-upper change inside a word that starts in lower case (camelCase codes). */
    static final Pattern CODE_LIKE = Pattern.compile("_|\\b\\p{Ll}+\\p{Lu}");

    public record Question(String code, String text, Dimension dimension) {}

    static final List<Question> TRAVEL = List.of(
            new Question("rest_and_relax", "I want to rest and relax", Dimension.VALUES),
            new Question("not_care_about_prices", "I do not care about prices", Dimension.VALUES),
            new Question(
                    "not_exceed_planned_budget",
                    "It is important to me not to exceed my planned budget",
                    Dimension.VALUES),
            new Question("fun_and_entertainment", "I am looking for fun and entertainment", Dimension.INTERESTS),
            new Question("cultural_offers", "Cultural offers matter to me", Dimension.INTERESTS),
            new Question("nature", "I want to be close to nature", Dimension.INTERESTS),
            new Question("luxury", "I like to treat myself to luxury", Dimension.LIFESTYLE),
            new Question("meet_new_people", "I want to meet new people", Dimension.LIFESTYLE),
            new Question("sportsActivities", "I do a lot of sports on holiday", Dimension.LIFESTYLE));

    static final List<Question> BIG_FIVE = List.of(
            new Question("E1_reserved", "I see myself as someone who is reserved", Dimension.PERSONALITY),
            new Question("E2_outgoing", "I see myself as someone who is outgoing, sociable", Dimension.PERSONALITY),
            new Question("A1_trusting", "I see myself as someone who is generally trusting", Dimension.PERSONALITY),
            new Question(
                    "A2_findFault",
                    "I see myself as someone who tends to find fault with others",
                    Dimension.PERSONALITY),
            new Question("C1_lazy", "I see myself as someone who tends to be lazy", Dimension.PERSONALITY),
            new Question("C2_thorough", "I see myself as someone who does a thorough job", Dimension.PERSONALITY),
            new Question(
                    "N1_relaxed", "I see myself as someone who is relaxed, handles stress well", Dimension.PERSONALITY),
            new Question("N2_nervous", "I see myself as someone who gets nervous easily", Dimension.PERSONALITY),
            new Question(
                    "O1_fewArtistic", "I see myself as someone who has few artistic interests", Dimension.PERSONALITY),
            new Question(
                    "O2_imagination", "I see myself as someone who has an active imagination", Dimension.PERSONALITY));

    static final List<Question> B2B = List.of(
            new Question("Detergents_Paper", "Annual spending on detergents and paper products", Dimension.BEHAVIOURAL),
            new Question("Grocery", "Annual spending on groceries", Dimension.BEHAVIOURAL),
            new Question("priceLevel", "Price is our main purchase criterion", Dimension.ATTITUDES),
            new Question("not_exceed_planned_budget", "We must not exceed our planned budget", Dimension.ATTITUDES),
            new Question("supplierReliability", "Our supplier must deliver reliably", Dimension.ATTITUDES),
            new Question("innovationFocus", "We look for innovative products", Dimension.ATTITUDES),
            new Question("sustainableSourcing", "Sustainable sourcing matters to us", Dimension.VALUES),
            new Question("q7", null, Dimension.ATTITUDES));

    static Run travel() {
        return run(
                "travel",
                TRAVEL,
                List.of(
                        Map.of("not_care_about_prices", 0.9, "not_exceed_planned_budget", -0.7, "luxury", 0.6),
                        Map.of("cultural_offers", 0.8, "nature", 0.6, "rest_and_relax", 0.4),
                        Map.of("fun_and_entertainment", 0.9, "meet_new_people", 0.5, "not_exceed_planned_budget", 0.35),
                        Map.of()));
    }

    static Run bigFive() {
        return run(
                "big-five",
                BIG_FIVE,
                List.of(
                        Map.of("E1_reserved", -0.8, "E2_outgoing", 0.9),
                        Map.of("C2_thorough", 0.7, "C1_lazy", -0.6, "N2_nervous", 0.8),
                        Map.of("O2_imagination", 0.8, "O1_fewArtistic", -0.5, "A1_trusting", 0.4),
                        Map.of("E1_reserved", 0.6, "E2_outgoing", -0.5, "A2_findFault", 0.5)));
    }

    static Run b2b() {
        return run(
                "b2b",
                B2B,
                List.of(
                        Map.of("priceLevel", 0.9, "not_exceed_planned_budget", 0.7),
                        Map.of("Detergents_Paper", 0.8, "Grocery", 0.7),
                        Map.of("innovationFocus", 0.8, "sustainableSourcing", 0.6, "q7", 0.5),
                        Map.of("supplierReliability", 0.15)));
    }

    /** Segments given as standardised differences (standard deviation 1); |d| >= 0.2 is a significant marker. */
    public static Run run(String id, List<Question> questions, List<Map<String, Double>> segments) {
        List<Segment> out = new ArrayList<>();
        for (int i = 0; i < segments.size(); i++) {
            List<ProfileEntry> profile = new ArrayList<>();
            for (Question q : questions) {
                double d = segments.get(i).getOrDefault(q.code(), 0.02);
                boolean marker = Math.abs(d) >= 0.2;
                profile.add(new ProfileEntry(
                        q.code(), q.text(), q.dimension(), 3 + d, 3, d, d, marker ? 0.001 : 0.6, marker));
            }
            out.add(new Segment(
                    id + ":" + (i + 1),
                    i + 1,
                    "segment " + (i + 1),
                    100,
                    1.0 / segments.size(),
                    0.9,
                    profile,
                    List.of()));
        }
        return new Run(id, "ws", "survey-" + id, id, null, RunStatus.SUCCEEDED, segments.size(), segments.size(), out);
    }

    static List<String> texts(PersonaContent p) {
        List<String> out = new ArrayList<>();
        out.add(p.name());
        p.sections().values().forEach(list -> list.forEach(s -> out.add(s.text())));
        return out;
    }

    @Test
    void namesTaglinesAndStatementsArePlainWordsOnEverySurvey() throws Exception {
        RulePack pack = PersonaGeneratorTest.defaultPack();
        for (Run run : List.of(
                travel(),
                bigFive(),
                b2b(),
                PersonaGeneratorTest.run("run-mcd-4"),
                PersonaGeneratorTest.run("run-lifestyle"))) {
            List<PersonaContent> personas = PersonaGenerator.generate(run, pack);
            assertEquals(
                    personas.size(),
                    personas.stream().map(PersonaContent::name).distinct().count(),
                    run.id() + ": distinct names");
            for (PersonaContent p : personas) {
                assertFalse(p.name().matches("(?i)not\\b.*"), p.name());
                assertTrue(p.name().length() <= PlainWords.MAX_CHARS, p.name());
                for (String text : texts(p)) {
                    assertFalse(CODE_LIKE.matcher(text).find(), run.id() + ": code-like words in \"" + text + "\"");
                    assertFalse(text.toLowerCase().contains("not not"), text);
                }
                assertFalse(p.section(PersonaSection.TAGLINE).isEmpty(), p.name() + " has a tagline");
                assertFalse(p.section(PersonaSection.SUMMARY).isEmpty(), p.name() + " has a summary");
            }
            assertEquals(personas, PersonaGenerator.generate(run, pack), run.id() + ": deterministic");
            if (Boolean.getBoolean("psychograph.print.personas")) {
                long start = System.nanoTime();
                PersonaGenerator.generate(run, pack);
                System.out.printf("%s: %.1f ms%n", run.id(), (System.nanoTime() - start) / 1e6);
                personas.forEach(p -> System.out.println("  " + p.name() + " | "
                        + p.section(PersonaSection.TAGLINE).stream()
                                .map(Statement::text)
                                .toList() + " | "
                        + p.section(PersonaSection.ARCHETYPES).stream()
                                .map(Statement::text)
                                .toList() + " | sections "
                        + p.sections().size() + " | notes " + p.notes().size()));
            }
        }
    }

    @Test
    void noArchetypeContradictsItsEvidence() throws Exception {
        RulePack pack = PersonaGeneratorTest.defaultPack();
        MeaningResolver resolver = new MeaningResolver(ConceptVocabulary.defaults(), true);
        int checked = 0;
        for (Run run : List.of(travel(), bigFive(), b2b(), PersonaGeneratorTest.run("run-mcd-4"))) {
            for (PersonaContent p : PersonaGenerator.generate(run, pack)) {
                List<Statement> archetypes = p.section(PersonaSection.ARCHETYPES);
                assertTrue(archetypes.size() <= 2, p.name() + ": at most two archetypes");
                for (Statement a : archetypes) {
                    ArchetypeRule rule = pack.rules().archetypes().stream()
                            .filter(r -> r.label().equals(a.text()))
                            .findFirst()
                            .orElseThrow();
                    for (Evidence e : a.evidence()) {
                        // large enough: 0.3 SD, or 10 points of a yes/no share (issue 13)
                        boolean share = e.segmentValue() >= 0
                                && e.segmentValue() <= 1
                                && e.overallValue() >= 0
                                && e.overallValue() <= 1;
                        assertTrue(
                                e.significant()
                                        && (Math.abs(e.standardisedDifference()) >= 0.3
                                                || share && Math.abs(e.difference()) >= 0.10),
                                e.toString());
                        Optional<QuestionMeaning> m = resolver.resolve(e.questionText(), e.questionCode());
                        assertTrue(m.isPresent(), e.questionCode());
                        boolean agrees = false;
                        for (Signal s : concat(rule.when().any(), rule.when().all())) {
                            agrees |= m.get().concept().id().equals(s.concept())
                                    && m.get().highPole(e.difference()) == (s.direction() == Direction.HIGH);
                        }
                        assertTrue(agrees, p.name() + ": " + rule.label() + " contradicted by " + e.questionCode());
                        checked++;
                    }
                }
            }
        }
        assertTrue(checked >= 10, "archetypes were asserted and checked: " + checked);
    }

    @Test
    void travellersWhoDoNotCareAboutPricesAreNotBudgetConscious() {
        List<PersonaContent> personas = PersonaGenerator.generate(travel(), defaultPackUnchecked());
        PersonaContent first = personas.get(0);
        List<String> archetypes = first.section(PersonaSection.ARCHETYPES).stream()
                .map(Statement::text)
                .toList();
        assertFalse(archetypes.contains("Budget-conscious"), archetypes.toString());
        assertTrue(archetypes.contains("Price-relaxed"), archetypes.toString());
        assertFalse(first.name().startsWith("Budget"), first.name());
        Map<Integer, List<String>> bySegment = new LinkedHashMap<>();
        personas.forEach(p -> bySegment.put(
                p.segmentNumber(),
                p.section(PersonaSection.ARCHETYPES).stream()
                        .map(Statement::text)
                        .toList()));
        assertTrue(bySegment.get(2).contains("Culture seeker"), bySegment.toString());
        assertTrue(bySegment.get(3).contains("Fun seeker"), bySegment.toString());
        // segment 3 answers "not exceed my budget" above average but has no other price marker: it is thrifty
        assertTrue(
                personas.stream()
                        .filter(p -> p.segmentNumber() != 4)
                        .allMatch(p -> !p.section(PersonaSection.ARCHETYPES).isEmpty()),
                bySegment.toString());
    }

    @Test
    void everySegmentWithStrongMarkersOfKnownMeaningGetsAnArchetype() throws Exception {
        for (Run run :
                List.of(PersonaGeneratorTest.run("run-lifestyle"), PersonaGeneratorTest.run("run-mcd-4"), bigFive())) {
            for (PersonaContent p : PersonaGenerator.generate(run, defaultPackUnchecked())) {
                assertFalse(
                        p.section(PersonaSection.ARCHETYPES).isEmpty(),
                        run.id() + " " + p.name() + " " + p.segmentLabel() + " " + p.notes());
            }
        }
    }

    /**
     * Every persona says something (at least four filled sections besides name, tagline and summary when its
     * segment has markers), and every core section left empty says why.
     */
    @Test
    void everyEmptySectionSaysWhyAndPersonasWithMarkersFillAtLeastFour() throws Exception {
        for (Run run : List.of(
                travel(),
                bigFive(),
                b2b(),
                PersonaGeneratorTest.run("run-lifestyle"),
                PersonaGeneratorTest.run("run-mcd-4"))) {
            for (PersonaContent p : PersonaGenerator.generate(run, defaultPackUnchecked())) {
                for (PersonaSection section : EmptySections.CORE) {
                    boolean empty = p.section(section).isEmpty();
                    assertEquals(
                            empty,
                            p.emptySections().containsKey(section),
                            run.id() + " " + p.name() + " " + section + ": a reason exactly when empty "
                                    + p.emptySections());
                }
                long filled = EmptySections.CORE.stream()
                        .filter(sec -> !p.section(sec).isEmpty())
                        .count();
                boolean markers = !p.section(PersonaSection.ARCHETYPES).isEmpty();
                assertTrue(
                        !markers || filled >= 4,
                        run.id() + " " + p.name() + ": " + filled + " sections filled, " + "empty: "
                                + p.emptySections());
            }
        }
        PersonaContent average =
                PersonaGenerator.generate(travel(), defaultPackUnchecked()).get(3);
        assertTrue(
                average.emptySections().get(PersonaSection.GOALS).startsWith("no archetype fits"),
                average.emptySections().toString());
        assertEquals(
                "the survey has no demographic questions (age, gender, income, ...)",
                average.emptySections().get(PersonaSection.IDENTITY));
    }

    @Test
    void aSegmentCloseToTheAverageSaysSoInsteadOfInventingTraits() {
        for (Run run : List.of(travel(), b2b())) {
            PersonaContent average =
                    PersonaGenerator.generate(run, defaultPackUnchecked()).get(3);
            assertTrue(average.name().startsWith("Mainstream"), average.name());
            assertTrue(
                    average.section(PersonaSection.TAGLINE).get(0).text().startsWith("No strong leanings"),
                    average.section(PersonaSection.TAGLINE).toString());
            assertTrue(average.section(PersonaSection.ARCHETYPES).isEmpty());
            assertTrue(average.section(PersonaSection.GOALS).isEmpty());
        }
    }

    @Test
    void bigFiveSegmentsGetTheirTraitsAndReversedItemsCount() {
        List<PersonaContent> personas = PersonaGenerator.generate(bigFive(), defaultPackUnchecked());
        Map<Integer, String> names =
                personas.stream().collect(Collectors.toMap(PersonaContent::segmentNumber, PersonaContent::name));
        assertTrue(names.get(1).startsWith("Outgoing"), names.toString());
        assertTrue(names.get(4).startsWith("Quiet"), names.toString());
        assertTrue(
                personas.get(2).section(PersonaSection.ARCHETYPES).stream()
                        .anyMatch(s -> s.text().equals("Open-minded")),
                personas.get(2).section(PersonaSection.ARCHETYPES).toString());
    }

    @Test
    void b2bCodesNeverBecomeNames() {
        List<PersonaContent> personas = PersonaGenerator.generate(b2b(), defaultPackUnchecked());
        assertTrue(personas.get(0).name().startsWith("Budget"), personas.get(0).name());
        // above average on every spend category it is marked by: the spending concept, in words, not the codes
        String spendTagline =
                personas.get(1).section(PersonaSection.TAGLINE).get(0).text();
        assertEquals("Spends more than most", spendTagline);
        assertFalse(
                personas.get(1).name().contains("Detergent"), personas.get(1).name());
    }

    @Test
    void theGuardDropsContradictedAndNonSignificantStatementsAndSaysSo() {
        Evidence up = new Evidence(
                "healthy",
                "Is it healthy?",
                EvidenceKind.PROFILE_MEAN,
                null,
                0.6,
                0.2,
                0.4,
                0.8,
                0.001,
                "Welch t-test",
                true);
        Evidence down = new Evidence(
                "healthy",
                "Is it healthy?",
                EvidenceKind.PROFILE_MEAN,
                null,
                0.1,
                0.2,
                -0.1,
                -0.2,
                0.001,
                "Welch t-test",
                true);
        Evidence chance = new Evidence(
                "healthy",
                "Is it healthy?",
                EvidenceKind.PROFILE_MEAN,
                null,
                0.25,
                0.2,
                0.05,
                0.1,
                0.4,
                "Welch t-test",
                false);
        Map<PersonaSection, List<Statement>> sections = new LinkedHashMap<>();
        sections.put(
                PersonaSection.ATTITUDES,
                List.of(
                        Statement.generated("marker.healthy.high", "Finds it healthy", List.of(up)),
                        Statement.generated("marker.healthy.high", "Finds it healthy (contradicted)", List.of(down)),
                        Statement.generated("marker.healthy.high", "Finds it healthy (chance)", List.of(chance))));
        ContradictionGuard.Verdict v =
                ContradictionGuard.check(sections, (s, e) -> s.key().endsWith(".high") ? 1 : -1);
        assertEquals(
                List.of("Finds it healthy"),
                v.kept().get(PersonaSection.ATTITUDES).stream()
                        .map(Statement::text)
                        .toList());
        assertEquals(2, v.notes().size(), v.notes().toString());
        assertTrue(
                v.notes().get(0).contains("contradicted by healthy"), v.notes().get(0));
        assertTrue(v.notes().get(1).contains("not significant"), v.notes().get(1));
    }

    @Test
    void theLexiconHandlesNegation() {
        MeaningResolver r = new MeaningResolver(ConceptVocabulary.defaults(), true);
        assertMeaning(r, "I do not care about prices", "price-sensitivity", -1);
        assertMeaning(r, "It is important to me not to exceed my planned budget", "price-sensitivity", 1);
        assertMeaning(r, "I don't like taking risks", "risk-aversion", 1);
        assertMeaning(r, "The food is unhealthy", "health", -1);
        assertMeaning(r, "Is McDonald's yummy?", "enjoyment", 1);
        assertMeaning(r, "Is McDonald's fattening?", "health", -1);
        assertMeaning(r, "I never shop online", "technology", -1);
        assertMeaning(r, "Is McDonald's expensive?", "value-image", -1);
        assertMeaning(r, "I look for cheap offers", "price-sensitivity", 1);
        assertMeaning(r, "I see myself as someone who tends to be disorganized", "conscientiousness", -1);
        assertMeaning(r, "Annual spending on groceries", "spending", 1);
        assertMeaning(r, "During this holiday I went alpine skiing", "sport", 1);
        assertMeaning(r, "During this holiday I went sight-seeing", "culture", 1);
        // negation stays in its clause; "than" flips only the dispreferred side of a preference
        assertMeaning(r, "I am not interested in abstract ideas", "openness", -1);
        assertMeaning(r, "I do not own a car and I always look for cheap offers", "price-sensitivity", 1);
        assertMeaning(r, "I would rather stay in the city than go to the countryside", "nature", -1);
        assertMeaning(r, "I love the countryside more than anything", "nature", 1);
        // "don't mind" is two negatives; a matrix row is read without the stem survey tools export before it
        assertMeaning(r, "I don't mind paying more for organic food", "price-sensitivity", -1);
        assertMeaning(
                r,
                "To what extent do you agree with the following statements? - I always look for the "
                        + "cheapest option",
                "price-sensitivity",
                1);
        assertTrue(
                r.resolve("Number of doors on the household's car", "doors").isEmpty(),
                "no concept rather than a guess");
    }

    private static void assertMeaning(MeaningResolver r, String text, String concept, int polarity) {
        QuestionMeaning m = r.resolve(text, null).orElse(null);
        assertNotNull(m, text);
        assertEquals(concept + " " + polarity, m.concept().id() + " " + m.polarity(), text);
    }

    private static RulePack defaultPackUnchecked() {
        try {
            return PersonaGeneratorTest.defaultPack();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }
}
