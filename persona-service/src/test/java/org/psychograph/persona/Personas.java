package org.psychograph.persona;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.psychograph.testing.GraphQLTestClient;
import org.psychograph.testing.TestTokens;

/** Helpers shared by the persona tests. */
final class Personas {

    /** The statement lists of the Persona selection used by the test documents. */
    static final List<String> LISTS = List.of(
            "identity",
            "values",
            "interests",
            "lifestyle",
            "attitudes",
            "personality",
            "goals",
            "motivations",
            "painPoints",
            "buyingBehaviour",
            "b2bRole",
            "channels");

    static final List<String> SINGLES = List.of("tagline", "summary", "sizeStatement");

    private Personas() {}

    static String analyst(String tag) {
        return TestTokens.analyst(SegmentationStubResource.workspace(tag));
    }

    static String viewer(String tag) {
        return TestTokens.viewer(SegmentationStubResource.workspace(tag));
    }

    static String admin(String tag) {
        return TestTokens.token("ada", Set.of("admin"), List.of(SegmentationStubResource.workspace(tag)));
    }

    static List<Map<String, Object>> generate(String token, String runId) {
        return GraphQLTestClient.as(token)
                .runOk("generatePersonas", Map.of("runId", runId))
                .getList("data.generatePersonas");
    }

    /** Every statement of a persona, with the section it is in. */
    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> statements(Map<String, Object> persona) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (String list : LISTS) {
            Object value = persona.get(list);
            if (value != null) {
                out.addAll((List<Map<String, Object>>) value);
            }
        }
        for (String single : SINGLES) {
            if (persona.get(single) != null) {
                out.add((Map<String, Object>) persona.get(single));
            }
        }
        Map<String, Object> messaging = (Map<String, Object>) persona.get("messaging");
        if (messaging.get("tone") != null) {
            out.add((Map<String, Object>) messaging.get("tone"));
        }
        out.addAll((List<Map<String, Object>>) messaging.get("keyMessages"));
        out.addAll((List<Map<String, Object>>) messaging.get("avoid"));
        return out;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> withArchetype(List<Map<String, Object>> personas, String archetype) {
        return personas.stream()
                .filter(p -> ((List<String>) p.get("archetypes")).get(0).equals(archetype))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no persona whose first archetype is " + archetype));
    }

    static void assertCode(String code, JsonPath answer) {
        assertEquals(code, answer.getString("errors[0].extensions.code"), answer::prettify);
        assertNull(answer.getString("errors[0].extensions.exception.stackTrace"));
    }
}
