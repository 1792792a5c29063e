package org.psychograph.persona.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Rule packs are rejected with the line and the reason of every problem. */
class RulePackParserTest {

    @Test
    void theDefaultPackIsValid() throws Exception {
        RulePackDocument doc = RulePackParser.parse(read("rulepacks/default.yaml"));
        assertEquals("default", doc.name());
        assertTrue(doc.archetypes().size() >= 7);
    }

    @Test
    void aWorkspacePackIsValid() throws Exception {
        RulePackDocument doc = RulePackParser.parse(read("rulepacks/acme-fastfood.yaml"));
        assertEquals(NamingStyle.PLAIN, doc.names().style());
        assertEquals(3, doc.archetypes().size());
    }

    @Test
    void aWrongEnumValueIsReportedOnItsLine() {
        List<RulePackProblem> problems = problems("rulepacks/bad-direction.yaml");
        assertEquals(1, problems.size());
        assertEquals(14, problems.get(0).line());
        assertEquals("archetypes[0].when.any[0].direction", problems.get(0).path());
        assertTrue(
                problems.get(0).reason().contains("SIDEWAYS"), problems.get(0).reason());
    }

    @Test
    void anUnknownFieldIsReportedOnItsLine() {
        List<RulePackProblem> problems = problems("rulepacks/unknown-field.yaml");
        assertEquals(List.of(new RulePackProblem(11, "archetypes[0].colour", "unknown field 'colour'")), problems);
    }

    @Test
    void everySemanticProblemIsReportedWithItsLine() {
        List<RulePackProblem> problems = problems("rulepacks/bad-semantics.yaml");
        assertEquals(
                List.of(6, 14, 16, 19),
                problems.stream().map(RulePackProblem::line).toList(),
                problems.toString());
        assertTrue(problems.get(0).reason().contains("{percent}"));
        assertTrue(problems.get(1).reason().startsWith("not a valid pattern"));
        assertTrue(problems.get(2).reason().contains("used twice"));
        assertTrue(problems.get(3).reason().contains("at least one signal"));
    }

    @Test
    void conceptSignalsAndMeaningBindingsMustNameKnownConcepts() throws Exception {
        String head = "name: acme-concepts\nnames: {style: PLAIN, firstNames: [Ava, Ben]}\n"
                + "markers: {high: \"Higher: {question}\", low: \"Lower: {question}\"}\n";
        RulePackDocument ok = RulePackParser.parse(
                head
                        + "meanings: {spend_ok: {concept: price-sensitivity, pole: LOW}}\n"
                        + "archetypes:\n  - {id: relaxed, label: Relaxed, when: {any: [{concept: relaxation, direction: HIGH}]}}\n");
        assertEquals(Direction.LOW, ok.meanings().get("spend_ok").pole());
        List<RulePackProblem> problems = assertThrows(
                        RulePackRejected.class,
                        () -> RulePackParser.parse(head
                                + "meanings: {spend_ok: {concept: thriftiness, pole: LOW}}\n"
                                + "archetypes:\n  - {id: a, label: A, when: {any: [{concept: astrology, direction: HIGH},"
                                + " {concept: fun, question: fun, direction: HIGH}]}}\n"))
                .problems();
        assertEquals(3, problems.size(), problems.toString());
        assertTrue(
                problems.stream().anyMatch(p -> p.reason().startsWith("unknown concept 'astrology'")),
                problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.reason().contains("not both")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.path().equals("meanings.spend_ok.concept")), problems.toString());
    }

    @Test
    void brokenYamlIsReportedWithItsLine() {
        List<RulePackProblem> problems = problems("rulepacks/bad-syntax.yaml");
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).line() >= 4, problems.toString());
    }

    @Test
    void anEmptyDocumentIsRejected() {
        assertEquals(
                1,
                assertThrows(RulePackRejected.class, () -> RulePackParser.parse("  "))
                        .problems()
                        .size());
    }

    private static List<RulePackProblem> problems(String resource) {
        return assertThrows(RulePackRejected.class, () -> RulePackParser.parse(read(resource)))
                .problems();
    }

    static String read(String resource) {
        try (InputStream in = RulePackParserTest.class.getClassLoader().getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
