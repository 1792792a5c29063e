package org.psychograph.persona;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.psychograph.persona.Personas.assertCode;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.psychograph.testing.GraphQLTestClient;
import org.psychograph.testing.PostgresTestResource;

/** An analyst's edits survive regeneration from a new run; kept statements whose evidence is gone are flagged. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(SegmentationStubResource.class)
class EditAndRegenerateTest {

    final String analyst = Personas.analyst("edit");
    final GraphQLTestClient client = GraphQLTestClient.as(analyst);

    @Test
    @SuppressWarnings("unchecked")
    void archetypesAreStatementsWithKeysSoARenameKeepsItsEvidence() {
        String token = Personas.analyst("archetype-edit");
        Map<String, Object> healthy =
                Personas.withArchetype(Personas.generate(token, "run-mcd-4~archetype-edit"), "Health-conscious");
        List<Map<String, Object>> archetypes = (List<Map<String, Object>>) healthy.get("archetypeStatements");
        assertEquals(
                healthy.get("archetypes"),
                archetypes.stream().map(a -> a.get("text")).toList(),
                "archetypeStatements are the archetypes, in order");
        String key = (String) archetypes.get(0).get("key");
        assertTrue(key.startsWith("archetype."), key);
        assertFalse(((List<?>) archetypes.get(0).get("evidence")).isEmpty(), "an archetype carries its evidence");

        Map<String, Object> edited = GraphQLTestClient.as(token)
                .runOk(
                        "updatePersona",
                        Map.of(
                                "id",
                                healthy.get("id"),
                                "patch",
                                Map.of(
                                        "sections",
                                        List.of(Map.of(
                                                "section",
                                                "ARCHETYPES",
                                                "statements",
                                                List.of(Map.of("key", key, "text", "Salad seeker")))))))
                .getMap("data.updatePersona");
        assertEquals(List.of("Salad seeker"), edited.get("archetypes"));
        Map<String, Object> renamed = ((List<Map<String, Object>>) edited.get("archetypeStatements")).get(0);
        assertEquals("EDITED", renamed.get("origin"));
        assertEquals(archetypes.get(0).get("evidence"), renamed.get("evidence"), "the renamed archetype's evidence");
        assertEquals(List.of("ARCHETYPES"), edited.get("lockedFields"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void editThenRegenerateKeepsTheEditAndFlagsStatementsWhoseEvidenceIsGone() {
        List<Map<String, Object>> first = Personas.generate(analyst, "run-mcd-4~edit");
        Map<String, Object> healthy = Personas.withArchetype(first, "Health-conscious");
        String id = (String) healthy.get("id");
        String originalName = (String) healthy.get("name");

        Map<String, Object> patch = Map.of(
                "name",
                "Hannah, the salad regular",
                "sections",
                List.of(Map.of(
                        "section",
                        "ATTITUDES",
                        "statements",
                        List.of(
                                Map.of(
                                        "key",
                                        "marker.healthy.high",
                                        "text",
                                        "Thinks McDonald's can be a healthy choice"),
                                Map.of("text", "Checks the calories in the app before ordering")))));
        Map<String, Object> edited =
                client.runOk("updatePersona", Map.of("id", id, "patch", patch)).getMap("data.updatePersona");
        assertEquals(2, edited.get("version"));
        assertEquals("Hannah, the salad regular", edited.get("name"));
        assertEquals(Set.of("name", "ATTITUDES"), Set.copyOf((List<String>) edited.get("lockedFields")));
        List<Map<String, Object>> attitudes = (List<Map<String, Object>>) edited.get("attitudes");
        assertEquals("EDITED", attitudes.get(0).get("origin"));
        assertEquals(
                "healthy",
                ((List<Map<String, Object>>) attitudes.get(0).get("evidence"))
                        .get(0)
                        .get("questionCode"),
                "a reworded statement keeps its evidence");
        assertEquals("HUMAN", attitudes.get(1).get("origin"));

        // a later wave of the survey (a linked survey of the same tracker): the segment no longer stands out on
        // "healthy"
        List<Map<String, Object>> second = Personas.generate(analyst, "run-mcd-4-wave2~edit");
        assertEquals(4, second.size());
        assertEquals(
                first.stream().map(p -> p.get("id")).collect(Collectors.toSet()),
                second.stream().map(p -> p.get("id")).collect(Collectors.toSet()),
                "the same personas live on");
        Map<String, Object> regenerated =
                second.stream().filter(p -> id.equals(p.get("id"))).findFirst().orElseThrow();
        assertEquals(3, regenerated.get("version"));
        assertEquals("run-mcd-4-wave2~edit", regenerated.get("runId"));
        assertEquals("yummy, tasty", regenerated.get("segmentLabel"), "unlocked fields follow the new data");
        assertEquals("Hannah, the salad regular", regenerated.get("name"), "the edited name is kept");
        List<Map<String, Object>> kept = (List<Map<String, Object>>) regenerated.get("attitudes");
        assertEquals(
                List.of("Thinks McDonald's can be a healthy choice", "Checks the calories in the app before ordering"),
                kept.stream().map(s -> s.get("text")).toList(),
                "the edited section is kept as written");
        assertEquals(true, kept.get(0).get("stale"), "its evidence no longer holds");
        assertEquals(false, kept.get(1).get("stale"), "a person's own statement has no evidence to lose");
        assertEquals(1, regenerated.get("staleStatements"));
        assertEquals("DRAFT", regenerated.get("status"));

        List<Map<String, Object>> versions =
                client.runOk("personaVersions", Map.of("id", id)).getList("data.personaVersions");
        assertEquals(
                List.of("GENERATED", "EDITED", "REGENERATED"),
                versions.stream().map(v -> v.get("change")).toList());
        assertEquals(Set.of("name", "ATTITUDES"), Set.copyOf((List<String>)
                versions.get(1).get("changedFields")));
        assertEquals("alice", versions.get(1).get("author"));
        // the history says which segment of which run of which wave each version portrays, and what changed
        String firstWave = (String) healthy.get("surveyId");
        assertEquals(firstWave, versions.get(0).get("surveyId"));
        assertEquals(firstWave, versions.get(1).get("surveyId"), "an edit keeps its run and so its survey");
        assertEquals(firstWave + "-wave2", versions.get(2).get("surveyId"), "regenerated from the second wave");
        assertEquals(healthy.get("segmentNumber"), versions.get(0).get("segmentNumber"));
        assertEquals(regenerated.get("segmentNumber"), versions.get(2).get("segmentNumber"));
        assertTrue(
                ((List<String>) versions.get(2).get("changedFields")).contains("ATTITUDES"),
                "the kept statement's evidence no longer holds: " + versions.get(2));
        assertEquals(originalName, versions.get(0).get("name"));

        List<Map<String, Object>> changes = client.runOk("personaDiff", Map.of("id", id, "from", 1, "to", 2))
                .getList("data.personaDiff.changes");
        assertTrue(
                changes.contains(Map.of(
                        "field",
                        "name",
                        "kind",
                        "CHANGED",
                        "before",
                        originalName,
                        "after",
                        "Hannah, the salad regular")),
                changes.toString());
        assertTrue(
                changes.stream()
                        .anyMatch(c -> "ATTITUDES".equals(c.get("field"))
                                && "ADDED".equals(c.get("kind"))
                                && "Checks the calories in the app before ordering".equals(c.get("after"))),
                changes.toString());
        List<Map<String, Object>> later = client.runOk("personaDiff", Map.of("id", id, "from", 2, "to", 3))
                .getList("data.personaDiff.changes");
        assertFalse(later.stream().anyMatch(c -> "name".equals(c.get("field"))), "the name did not change: " + later);

        Map<String, Object> published =
                client.runOk("publishPersona", Map.of("id", id)).getMap("data.publishPersona");
        assertEquals("PUBLISHED", published.get("status"));
        assertNotNull(published.get("publishedAt"));
    }

    @Test
    void anEditNamingAStatementThePersonaDoesNotHaveIsRefusedWithItsPath() {
        String id = (String) Personas.generate(analyst, "run-mcd-4~edit").get(0).get("id");
        var answer = client.run(
                "updatePersona",
                Map.of(
                        "id",
                        id,
                        "patch",
                        Map.of(
                                "sections",
                                List.of(Map.of(
                                        "section",
                                        "GOALS",
                                        "statements",
                                        List.of(Map.of("key", "no.such.rule", "text", "x")))))));
        assertCode("VALIDATION", answer);
        assertEquals("patch.sections[0].statements[0].key", answer.getString("errors[0].extensions.field"));
        assertCode("VALIDATION", client.run("updatePersona", Map.of("id", id, "patch", Map.of("name", " "))));
    }
}
