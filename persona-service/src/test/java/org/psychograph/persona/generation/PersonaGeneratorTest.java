package org.psychograph.persona.generation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.psychograph.persona.client.Run;
import org.psychograph.persona.rules.RulePack;
import org.psychograph.persona.rules.RulePackParser;

/** The generator alone: deterministic, evidence everywhere, distinct names. */
class PersonaGeneratorTest {

    static final ObjectMapper JSON = new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    @Test
    void theSameRunAndPackGiveTheSamePersonas() throws Exception {
        Run run = run("run-mcd-4");
        RulePack pack = defaultPack();
        assertEquals(PersonaGenerator.generate(run, pack), PersonaGenerator.generate(run, pack));
    }

    @Test
    void everyStatementHasEvidenceAndNamesAreDistinct() throws Exception {
        List<PersonaContent> personas = PersonaGenerator.generate(run("run-mcd-4"), defaultPack());
        assertEquals(
                4,
                personas.stream()
                        .map(PersonaContent::name)
                        .collect(Collectors.toSet())
                        .size());
        personas.forEach(p -> p.sections()
                .values()
                .forEach(list -> list.forEach(s -> assertTrue(!s.evidence().isEmpty(), s.text()))));
        if (Boolean.getBoolean("psychograph.print.personas")) {
            personas.forEach(p -> {
                System.out.println("== " + p.name() + " [" + p.segmentLabel() + "]");
                p.sections().forEach((k, v) -> v.forEach(s -> System.out.println("  " + k + ": " + s.text())));
            });
        }
    }

    @Test
    void namesStayDistinctWhenTwoSegmentsShareAnArchetype() {
        PersonaNamer namer = new PersonaNamer(new org.psychograph.persona.rules.RulePackDocument.Naming(
                org.psychograph.persona.rules.NamingStyle.ALLITERATIVE, List.of("Ben", "Bella", "Zoe")));
        Set<String> names = Set.of(namer.name("Budget"), namer.name("Budget"), namer.name("Budget"));
        assertEquals(3, names.size(), names.toString());
        assertTrue(names.contains("Budget Ben") && names.contains("Budget Bella"), names.toString());
    }

    @Test
    void avatarIsDeterministicAndDiffersBetweenPersonas() {
        assertEquals(AvatarPainter.paint("a", "sceptic"), AvatarPainter.paint("a", "sceptic"));
        assertNotEquals(AvatarPainter.paint("a", "sceptic"), AvatarPainter.paint("b", "sceptic"));
    }

    static Run run(String fixture) throws IOException {
        try (InputStream in =
                PersonaGeneratorTest.class.getClassLoader().getResourceAsStream("segmentation/" + fixture + ".json")) {
            return JSON.treeToValue(JSON.readTree(in).path("data").path("run"), Run.class);
        }
    }

    static RulePack defaultPack() throws Exception {
        try (InputStream in =
                PersonaGeneratorTest.class.getClassLoader().getResourceAsStream("rulepacks/default.yaml")) {
            String yaml = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            return new RulePack("default", 1, null, RulePackParser.parse(yaml), yaml);
        }
    }
}
