package org.psychograph.persona.generation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.psychograph.persona.rules.RulePack;
import org.psychograph.persona.rules.RulePackDocument;
import org.psychograph.persona.rules.RulePackParser;
import org.psychograph.testing.ProjectFiles;

/** The example pack in docs/rule-packs.md is valid and does what the page says. */
class RulePackDocsExampleTest {

    @Test
    void theDocumentedExampleWorks() throws Exception {
        String page = Files.readString(ProjectFiles.projectRoot().resolve("docs/rule-packs.md"));
        int start = page.indexOf("```yaml\n") + "```yaml\n".length();
        String yaml = page.substring(start, page.indexOf("```", start));
        RulePackDocument doc = RulePackParser.parse(yaml);
        List<PersonaContent> personas = PersonaGenerator.generate(
                PersonaGeneratorTest.run("run-mcd-4"), new RulePack(doc.name(), 1, "acme", doc, yaml));
        PersonaContent wellness = personas.stream()
                .filter(p -> "wellness".equals(p.primaryArchetype()))
                .findFirst()
                .orElseThrow();
        assertEquals("yummy, healthy", wellness.segmentLabel());
        String first = wellness.section(PersonaSection.ATTITUDES).get(0).text();
        assertTrue(first.startsWith("Sees our food as a healthy option (100% vs 23% of all guests)"), first);
        assertEquals(4, personas.stream().map(PersonaContent::name).distinct().count());
    }
}
