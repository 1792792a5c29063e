package org.psychograph.persona;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.psychograph.persona.Personas.assertCode;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.psychograph.testing.GraphQLTestClient;
import org.psychograph.testing.PostgresTestResource;

/**
 * An analyst sees how each basis question of a run is read, and corrects it; the correction wins, is kept per
 * survey, and makes the next generation write new persona versions (stubbed segmentation-service, real
 * PostgreSQL).
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(SegmentationStubResource.class)
class QuestionMeaningTest {

    static final String TAG = "meaning";
    final String run = SegmentationStubResource.runId("run-mcd-4", TAG);
    final String analyst = Personas.analyst(TAG);
    final String viewer = Personas.viewer(TAG);

    @Test
    void aViewerSeesEveryBasisQuestionsReadingAndWhoDecidedIt() {
        List<Map<String, Object>> meanings = GraphQLTestClient.as(viewer)
                .runOk("questionMeanings", Map.of("runId", run))
                .getList("data.questionMeanings");
        assertEquals(
                List.of(
                        "yummy",
                        "convenient",
                        "spicy",
                        "fattening",
                        "greasy",
                        "fast",
                        "cheap",
                        "tasty",
                        "expensive",
                        "healthy",
                        "disgusting"),
                meanings.stream().map(m -> m.get("questionCode")).toList());
        Map<String, Object> cheap = byCode(meanings, "cheap");
        // "McDonald's is cheap" rates the brand's value for money (not the respondent's price sensitivity)
        assertEquals("value-image", cheap.get("concept"));
        assertEquals("HIGH", cheap.get("pole"));
        assertEquals("LEXICON", cheap.get("source"));
        assertTrue(((Number) cheap.get("confidence")).doubleValue() > 0.5);
        Map<String, Object> expensive = byCode(meanings, "expensive");
        assertEquals("value-image", expensive.get("concept"));
        assertEquals("LOW", expensive.get("pole"), "agreeing that it is expensive is the other pole");
        for (Map<String, Object> m : meanings) {
            assertTrue(
                    m.get("concept") == null
                            ? m.get("source").equals("NONE") && m.get("pole") == null
                            : m.get("pole") != null && m.get("poleWords") != null,
                    m.toString());
        }
        List<Map<String, Object>> concepts =
                GraphQLTestClient.as(viewer).runOk("concepts", Map.of()).getList("data.concepts");
        assertTrue(
                concepts.stream()
                        .anyMatch(c -> c.get("id").equals("price-sensitivity")
                                && c.get("highWords") != null
                                && c.get("lowWords") != null),
                concepts.toString());
    }

    @Test
    void aCorrectionWinsIsKeptAndRegeneratesThePersonasOnce() {
        List<Map<String, Object>> first = Personas.generate(analyst, run);
        int version = ((Number) first.get(0).get("version")).intValue();

        Map<String, Object> corrected =
                correct(analyst, "yummy", "health", "HIGH").getMap("data.correctQuestionMeaning");
        assertEquals("health", corrected.get("concept"));
        assertEquals("HIGH", corrected.get("pole"));
        assertEquals("ANALYST", corrected.get("source"));
        assertEquals(1.0, ((Number) corrected.get("confidence")).doubleValue());
        Map<String, Object> none = correct(analyst, "spicy", null, null).getMap("data.correctQuestionMeaning");
        assertNull(none.get("concept"));
        assertEquals("ANALYST", none.get("source"));
        assertEquals(
                "health",
                byCode(
                                GraphQLTestClient.as(viewer)
                                        .runOk("questionMeanings", Map.of("runId", run))
                                        .getList("data.questionMeanings"),
                                "yummy")
                        .get("concept"),
                "the correction is stored");

        List<Map<String, Object>> second = Personas.generate(analyst, run);
        assertEquals(
                version + 1,
                ((Number) second.get(0).get("version")).intValue(),
                "a corrected meaning makes the next generation write new versions");
        List<Map<String, Object>> again = Personas.generate(analyst, run);
        assertEquals(version + 1, ((Number) again.get(0).get("version")).intValue(), "and only once");

        Map<String, Object> reset = GraphQLTestClient.as(analyst)
                .runOk("resetQuestionMeaning", Map.of("runId", run, "questionCode", "yummy"))
                .getMap("data.resetQuestionMeaning");
        assertNotEquals("ANALYST", reset.get("source"));
        assertNotEquals("health", reset.get("concept"));
        assertEquals(
                version + 2,
                ((Number) Personas.generate(analyst, run).get(0).get("version")).intValue(),
                "a reset correction changes the readings again");
        GraphQLTestClient.as(analyst).runOk("resetQuestionMeaning", Map.of("runId", run, "questionCode", "spicy"));
    }

    @Test
    void badCorrectionsNameTheirFieldAndChangeNothing() {
        JsonPath unknown = correct(analyst, "yummy", "astrology", "HIGH");
        assertCode("VALIDATION", unknown);
        assertEquals("concept", unknown.getString("errors[0].extensions.field"));
        assertTrue(unknown.getString("errors[0].message").contains("price-sensitivity"), "lists the vocabulary");
        JsonPath noPole = correct(analyst, "yummy", "health", null);
        assertCode("VALIDATION", noPole);
        assertEquals("pole", noPole.getString("errors[0].extensions.field"));
        JsonPath poleAlone = correct(analyst, "yummy", null, "LOW");
        assertEquals("pole", poleAlone.getString("errors[0].extensions.field"));
        JsonPath noQuestion = correct(analyst, "Age", "health", "HIGH");
        assertCode("VALIDATION", noQuestion);
        assertEquals("questionCode", noQuestion.getString("errors[0].extensions.field"));
        assertEquals(
                "LEXICON",
                byCode(
                                GraphQLTestClient.as(viewer)
                                        .runOk("questionMeanings", Map.of("runId", run))
                                        .getList("data.questionMeanings"),
                                "cheap")
                        .get("source"));
    }

    @Test
    void onlyAnalystsOfTheRunsWorkspaceCorrect() {
        assertCode("FORBIDDEN", correct(viewer, "cheap", "health", "HIGH"));
        assertCode(
                "FORBIDDEN",
                GraphQLTestClient.as(viewer)
                        .run("resetQuestionMeaning", Map.of("runId", run, "questionCode", "cheap")));
        String stranger = Personas.analyst("");
        assertCode("NOT_FOUND", correct(stranger, "cheap", "health", "HIGH"));
        assertCode("NOT_FOUND", GraphQLTestClient.as(stranger).run("questionMeanings", Map.of("runId", run)));
        assertCode("NOT_FOUND", GraphQLTestClient.as(viewer).run("questionMeanings", Map.of("runId", "run-nobody")));
        assertEquals(
                "LEXICON",
                byCode(
                                GraphQLTestClient.as(viewer)
                                        .runOk("questionMeanings", Map.of("runId", run))
                                        .getList("data.questionMeanings"),
                                "cheap")
                        .get("source"));
    }

    private JsonPath correct(String token, String code, String concept, String pole) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("runId", run);
        variables.put("questionCode", code);
        variables.put("concept", concept);
        variables.put("pole", pole);
        return GraphQLTestClient.as(token).run("correctQuestionMeaning", variables);
    }

    private static Map<String, Object> byCode(List<Map<String, Object>> meanings, String code) {
        return meanings.stream()
                .filter(m -> m.get("questionCode").equals(code))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no question " + code + " in " + meanings));
    }
}
