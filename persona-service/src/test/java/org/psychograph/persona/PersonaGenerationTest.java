package org.psychograph.persona;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.psychograph.persona.Personas.assertCode;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.psychograph.testing.GraphQLTestClient;
import org.psychograph.testing.PostgresTestResource;

/** Personas written from segmentation runs (stubbed segmentation-service, real PostgreSQL). */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(SegmentationStubResource.class)
class PersonaGenerationTest {

    final String analyst = Personas.analyst("");

    @AfterEach
    void closeBreakers() {
        CircuitBreakerMaintenance.get().resetAll();
    }

    @Test
    @SuppressWarnings("unchecked")
    void mcdonaldsFourSegmentsGiveFourDistinctPersonasWhoseEveryStatementHasEvidence() {
        List<Map<String, Object>> personas = Personas.generate(analyst, "run-mcd-4");
        assertEquals(4, personas.size());
        assertEquals(
                List.of(1, 2, 3, 4),
                personas.stream().map(p -> p.get("segmentNumber")).toList());

        Set<Object> names = personas.stream().map(p -> p.get("name")).collect(Collectors.toSet());
        assertEquals(4, names.size(), "names are distinct within a run: " + names);
        Set<String> primaries = personas.stream()
                .map(p -> ((List<String>) p.get("archetypes")).get(0))
                .collect(Collectors.toSet());
        assertEquals(Set.of("Budget-conscious", "Quality/status-seeker", "Sceptic", "Health-conscious"), primaries);
        for (Map<String, Object> p : personas) {
            String[] words = ((String) p.get("name")).split(" ");
            assertEquals(words[0].charAt(0), words[1].charAt(0), "alliterative: " + p.get("name"));
            assertTrue(((String) p.get("avatarSvg")).startsWith("<svg"), "avatar is inline SVG");
            assertFalse(((String) p.get("avatarSvg")).contains("href"), "the avatar links to nothing");
            assertEquals("default@1", p.get("rulePack"));
            assertEquals("DRAFT", p.get("status"));
            assertEquals("acme", p.get("workspaceId"));

            List<Map<String, Object>> statements = Personas.statements(p);
            assertTrue(statements.size() >= 10, "a full persona: " + statements.size());
            for (Map<String, Object> st : statements) {
                List<Map<String, Object>> evidence = (List<Map<String, Object>>) st.get("evidence");
                assertFalse(evidence.isEmpty(), "statement without evidence: " + st.get("text"));
                for (Map<String, Object> e : evidence) {
                    assertNotNull(e.get("questionCode"));
                    assertNotNull(e.get("questionText"));
                    assertEquals(
                            ((Number) e.get("segmentValue")).doubleValue()
                                    - ((Number) e.get("overallValue")).doubleValue(),
                            ((Number) e.get("difference")).doubleValue(),
                            1e-3);
                }
                assertEquals("GENERATED", st.get("origin"));
            }
            // identity only from the descriptor questions the survey has: Age and Gender
            Set<String> identity = ((List<Map<String, Object>>) p.get("identity"))
                    .stream()
                            .map(st -> (String) ((List<Map<String, Object>>) st.get("evidence"))
                                    .get(0)
                                    .get("questionCode"))
                            .collect(Collectors.toSet());
            assertEquals(Set.of("Age", "Gender"), identity);
            assertEquals(
                    "VisitFrequency",
                    ((List<Map<String, Object>>) ((List<Map<String, Object>>) p.get("channels"))
                                    .get(0)
                                    .get("evidence"))
                            .get(0)
                            .get("questionCode"));
            assertNull(p.get("b2bRole"), "no B2B questions in this survey");
        }
        Map<String, Object> healthy = Personas.withArchetype(personas, "Health-conscious");
        assertEquals("yummy, healthy", healthy.get("segmentLabel"));
        Map<String, Object> marker = ((List<Map<String, Object>>) healthy.get("attitudes")).get(0);
        assertEquals("marker.healthy.high", marker.get("key"), "the strongest marker comes first");
        Map<String, Object> e = ((List<Map<String, Object>>) marker.get("evidence")).get(0);
        assertEquals("healthy", e.get("questionCode"));
        assertEquals(1.0, ((Number) e.get("segmentValue")).doubleValue(), 1e-9);
        assertEquals(true, e.get("significant"));
        assertTrue(
                ((String) marker.get("text")).contains("100% vs"),
                marker.get("text").toString());
    }

    @Test
    void generatingAgainWithTheSamePackChangesNothing() {
        List<Map<String, Object>> first = Personas.generate(analyst, "run-mcd-4");
        List<Map<String, Object>> again = Personas.generate(analyst, "run-mcd-4");
        assertEquals(ids(first), ids(again));
        again.forEach(p -> assertEquals(1, p.get("version")));
        assertEquals(
                ids(first),
                ids(GraphQLTestClient.as(analyst)
                        .runOk("personas", Map.of("runId", "run-mcd-4"))
                        .getList("data.personas")));
        assertEquals(
                1,
                GraphQLTestClient.as(analyst)
                        .runOk("personaVersions", Map.of("id", first.get(0).get("id")))
                        .getList("data.personaVersions")
                        .size());
    }

    @Test
    @SuppressWarnings("unchecked")
    void aSurveyWithoutDescriptorsGivesNoIdentityRatherThanAnInventedOne() {
        List<Map<String, Object>> personas = Personas.generate(analyst, "run-lifestyle");
        assertEquals(3, personas.size());
        for (Map<String, Object> p : personas) {
            assertNull(p.get("identity"), "no identity section: " + p.get("name"));
            assertTrue(((List<?>) p.get("channels")).isEmpty());
            Personas.statements(p).forEach(st -> assertFalse(((List<?>) st.get("evidence")).isEmpty()));
        }
        // "outdoor savers" lead on the outdoors (1.13 SD) before thrift (1.07 SD): a nature lover first, budget second
        assertEquals(
                Set.of("Innovator/early adopter", "Relationship-focused", "Nature lover"),
                personas.stream()
                        .map(p -> ((List<String>) p.get("archetypes")).get(0))
                        .collect(Collectors.toSet()));
        assertTrue(
                ((List<String>) Personas.withArchetype(personas, "Nature lover").get("archetypes"))
                        .contains("Budget-conscious"));
        Map<String, Object> family = Personas.withArchetype(personas, "Relationship-focused");
        Set<String> values = ((List<Map<String, Object>>) family.get("values"))
                .stream().map(st -> (String) st.get("key")).collect(Collectors.toSet());
        assertEquals(Set.of("marker.family.high"), values, "VALUES markers go to values");
        assertFalse(((List<?>) family.get("interests")).isEmpty(), "INTERESTS markers go to interests");
    }

    @Test
    void personasOfSeveralRunsComeInOneCallInTheOrderAsked() {
        Personas.generate(analyst, "run-mcd-4");
        Personas.generate(analyst, "run-lifestyle");
        List<List<Map<String, Object>>> lists = GraphQLTestClient.as(analyst)
                .runOk("personasOfRuns", Map.of("runIds", List.of("run-lifestyle", "run-nobody", "run-mcd-4")))
                .getList("data.personasOfRuns");
        assertEquals(List.of(3, 0, 4), lists.stream().map(List::size).toList());
        assertEquals(
                List.of(1, 2, 3, 4),
                lists.get(2).stream().map(p -> p.get("segmentNumber")).toList());
        List<List<Object>> outsider = GraphQLTestClient.as(Personas.analyst("security"))
                .runOk("personasOfRuns", Map.of("runIds", List.of("run-lifestyle", "run-mcd-4")))
                .getList("data.personasOfRuns");
        assertEquals(List.of(List.of(), List.of()), outsider, "another workspace's personas are left out");
    }

    @Test
    void aRunThatHasNotSucceededIsRefused() {
        assertCode("VALIDATION", GraphQLTestClient.as(analyst).run("generatePersonas", Map.of("runId", "run-running")));
    }

    @Test
    void anUnknownRunIsNotFound() {
        assertCode("NOT_FOUND", GraphQLTestClient.as(analyst).run("generatePersonas", Map.of("runId", "run-nobody")));
    }

    @Test
    void everyIdThatIsNotTheCallersRunAnswersTheSameNotFound() {
        GraphQLTestClient client = GraphQLTestClient.as(analyst);
        List<String> ids = List.of(
                "3f1b5c8e-0000-4000-8000-000000000000",
                "",
                " ",
                "run\u0000x",
                "x".repeat(10_000),
                "\ud800",
                SegmentationStubResource.REFUSED_PREFIX + "junk",
                SegmentationStubResource.runId("run-lifestyle", "security"));
        for (String id : ids) {
            var answer = client.run("generatePersonas", Map.of("runId", id));
            assertCode("NOT_FOUND", answer);
            String message = answer.getString("errors[0].message");
            assertTrue(message.matches("run .{0,70} not found"), "one plain answer shape: " + message);
            assertFalse(message.contains("java.") || message.contains("Exception"), message);
        }
    }

    @Test
    void callersBadIdsNeverOpenTheBreakerForOthers() {
        GraphQLTestClient client = GraphQLTestClient.as(analyst);
        for (int i = 0; i < 15; i++) {
            assertCode(
                    "NOT_FOUND",
                    client.run("generatePersonas", Map.of("runId", SegmentationStubResource.REFUSED_PREFIX + i)));
        }
        assertEquals(3, Personas.generate(analyst, "run-lifestyle").size(), "the breaker stayed closed");
    }

    @Test
    void aOneMemberSegmentWithUndefinedTestsStillGetsAPersona() {
        List<Map<String, Object>> personas = Personas.generate(analyst, "run-lone-buyer");
        assertEquals(3, personas.size());
        int profileEvidence = 0;
        for (Map<String, Object> statement : Personas.statements(personas.get(2))) {
            for (Map<String, Object> e : (List<Map<String, Object>>) statement.get("evidence")) {
                if ("PROFILE_MEAN".equals(e.get("kind"))) {
                    profileEvidence++;
                    assertNull(e.get("pValue"), "an undefined test stays undefined, never 0: " + e);
                    assertEquals(false, e.get("significant"), "an untested difference is never called significant");
                }
            }
        }
        assertTrue(profileEvidence > 0, "the lone segment's statements cite its profile");
    }

    @Test
    void segmentationServiceFailingIsUnavailable() {
        assertCode(
                "UNAVAILABLE",
                GraphQLTestClient.as(analyst)
                        .run("generatePersonas", Map.of("runId", SegmentationStubResource.BROKEN_RUN)));
    }

    @Test
    void whileTheBreakerIsOpenCallsFailFastAsUnavailable() {
        GraphQLTestClient client = GraphQLTestClient.as(analyst);
        for (int i = 0; i < 4; i++) {
            assertCode(
                    "UNAVAILABLE",
                    client.run("generatePersonas", Map.of("runId", SegmentationStubResource.BROKEN_RUN)));
        }
        // the breaker is open now: even a good run is not asked for
        var answer = client.run("generatePersonas", Map.of("runId", "run-lifestyle"));
        assertCode("UNAVAILABLE", answer);
        assertTrue(answer.getString("errors[0].message").contains("unavailable"), answer.prettify());
        CircuitBreakerMaintenance.get().resetAll();
        assertEquals(3, Personas.generate(analyst, "run-lifestyle").size());
    }

    private static Set<Object> ids(List<Map<String, Object>> personas) {
        return new HashSet<>(personas.stream().map(p -> p.get("id")).toList());
    }
}
