package org.psychograph.persona.generation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.psychograph.persona.service.ContentCodec;

/**
 * Persona versions are stored as JSON (ContentCodec) and read by every later release. The fixture is a persona
 * of the McDonald's k = 4 run as stored before personas said why a section is empty (no {@code emptySections});
 * it must read, with its statements and evidence. Written once by {@code -Dpsychograph.stored-fixtures.write=true}.
 */
class StoredContentTest {

    private static final String FIXTURE = "persona-content-before-empty-sections.json";

    @Test
    void aPersonaStoredBeforeEmptySectionsStillReads() throws Exception {
        if (Boolean.getBoolean("psychograph.stored-fixtures.write")) {
            write();
        }
        String json;
        try (InputStream in = StoredContentTest.class.getResourceAsStream("/stored/" + FIXTURE)) {
            json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertFalse(json.contains("emptySections"), "the fixture is the older shape");
        PersonaContent content = ContentCodec.read(json);
        assertEquals(1, content.segmentNumber());
        assertFalse(content.name().isBlank());
        assertTrue(content.emptySections().isEmpty(), "absent in older versions: read as none");
        assertFalse(content.section(PersonaSection.ARCHETYPES).isEmpty());
        assertFalse(content.section(PersonaSection.ATTITUDES).get(0).evidence().isEmpty());
        assertTrue(ContentCodec.write(content).contains("\"emptySections\""), "written back in the current shape");
    }

    private static void write() throws Exception {
        Path file = Path.of("src/test/resources/stored", FIXTURE);
        if (Files.exists(file)) {
            return;
        }
        PersonaContent first = PersonaGenerator.generate(PersonaGeneratorTest.run("run-mcd-4"),
                PersonaGeneratorTest.defaultPack()).get(0);
        ObjectMapper json = new ObjectMapper();
        ObjectNode node = (ObjectNode) json.readTree(ContentCodec.write(first));
        node.remove("emptySections");
        Files.createDirectories(file.getParent());
        Files.writeString(file, json.writeValueAsString(node));
    }
}
