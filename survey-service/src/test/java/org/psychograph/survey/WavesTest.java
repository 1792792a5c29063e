package org.psychograph.survey;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.psychograph.survey.SecurityTest.assertCode;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.psychograph.testing.GraphQLTestClient;
import org.psychograph.testing.PostgresTestResource;
import org.psychograph.testing.TestTokens;

/**
 * A survey fielded in waves: each wave is a survey of its own with copies of the questions, linked by a tracker
 * (docs/adr/0014-survey-waves-as-linked-surveys.md).
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcWiremockTestResource.class)
class WavesTest {

    static final String WORKSPACE = "waves";
    final GraphQLTestClient analyst = GraphQLTestClient.as(TestTokens.analyst(WORKSPACE));

    /** Every kind of question, with every optional field used somewhere. */
    static final List<Map<String, Object>> QUESTIONS = List.of(
            question(
                    "price",
                    "LIKERT",
                    "ATTITUDES",
                    "BASIS",
                    Map.of(
                            "reverseCoded",
                            true,
                            "scaleMin",
                            1,
                            "scaleMax",
                            7,
                            "options",
                            List.of("no", "2", "3", "4", "5", "6", "yes"),
                            "missingCodes",
                            List.of("0", "-99"))),
            question("green", "BINARY", "VALUES", "BASIS", Map.of()),
            question(
                    "region",
                    "SINGLE_CHOICE",
                    "DEMOGRAPHIC",
                    "DESCRIPTOR",
                    Map.of("options", List.of("North", "South"), "missingCodes", List.of("9"))),
            question(
                    "channel",
                    "MULTI_CHOICE",
                    "BEHAVIOURAL",
                    "DESCRIPTOR",
                    Map.of("options", List.of("Online", "Store"))),
            question("spend", "NUMERIC", "BEHAVIOURAL", "DESCRIPTOR", Map.of("numericMin", 0.5, "numericMax", 999.5)),
            question("remark", "TEXT", "OTHER", "DESCRIPTOR", Map.of()));

    static Map<String, Object> question(
            String code, String type, String dimension, String role, Map<String, Object> more) {
        Map<String, Object> q = new HashMap<>(more);
        q.put("code", code);
        q.put("text", "Question " + code + "?");
        q.put("type", type);
        q.put("dimension", dimension);
        q.put("role", role);
        return q;
    }

    String draft(String title) {
        String id = analyst.runOk("createSurvey", Map.of("input", Map.of("title", title, "description", "panel")))
                .getString("data.createSurvey.id");
        analyst.runOk("addQuestions", Map.of("surveyId", id, "questions", QUESTIONS));
        return id;
    }

    JsonPath createWave(GraphQLTestClient client, String surveyId, Map<String, Object> input) {
        return client.run("createWave", Map.of("surveyId", surveyId, "input", input));
    }

    String waveOf(String surveyId, Map<String, Object> input) {
        JsonPath answer = createWave(analyst, surveyId, input);
        assertNull(answer.get("errors"), answer::prettify);
        return answer.getString("data.createWave.id");
    }

    JsonPath read(String id) {
        return analyst.runOk("surveyWaves", Map.of("id", id));
    }

    @Test
    void aWaveIsADraftCopyOfTheQuestionsInTheSameTracker() {
        String first = draft("Brand tracker");
        analyst.runOk("openSurvey", Map.of("id", first));
        JsonPath created = createWave(
                analyst,
                first,
                Map.of("label", "  March 2099 ", "fieldedFrom", "2099-03-01", "fieldedTo", "2099-03-31"));
        assertNull(created.get("errors"), created::prettify);
        String march = created.getString("data.createWave.id");
        assertNotEquals(first, march);
        assertEquals("Brand tracker — March 2099", created.getString("data.createWave.title"));
        assertEquals("panel", created.getString("data.createWave.description"));
        assertEquals("DRAFT", created.getString("data.createWave.status"));
        assertEquals(WORKSPACE, created.getString("data.createWave.workspaceId"));
        assertEquals(
                Map.of("label", "March 2099", "fieldedFrom", "2099-03-01", "fieldedTo", "2099-03-31", "number", 2),
                created.getMap("data.createWave.wave"));

        JsonPath source = read(first);
        JsonPath wave = read(march);
        List<Map<String, Object>> sourceQuestions = source.getList("data.survey.questions");
        List<Map<String, Object>> waveQuestions = wave.getList("data.survey.questions");
        assertEquals(QUESTIONS.size(), waveQuestions.size());
        for (int i = 0; i < sourceQuestions.size(); i++) {
            Map<String, Object> expected = new HashMap<>(sourceQuestions.get(i));
            Map<String, Object> actual = new HashMap<>(waveQuestions.get(i));
            assertNotEquals(expected.remove("id"), actual.remove("id"), "a copy is a question of its own");
            assertEquals(expected, actual, "question " + i + " is copied field by field");
        }
        // the fields that are easiest to forget really were set on the source
        assertEquals(true, wave.getBoolean("data.survey.questions[0].reverseCoded"));
        assertEquals(List.of("0", "-99"), wave.getList("data.survey.questions[0].missingCodes"));
        assertEquals(999.5, wave.getDouble("data.survey.questions[4].numericMax"));

        // the source became the tracker's first wave, still OPEN
        assertEquals("OPEN", source.getString("data.survey.status"));
        assertEquals("Wave 1", source.getString("data.survey.wave.label"));
        assertEquals(1, source.getInt("data.survey.wave.number"));
        assertNull(source.get("data.survey.wave.fieldedFrom"));
        assertEquals(List.of(first, march), source.getList("data.survey.waves.id"));
        assertEquals(List.of(first, march), wave.getList("data.survey.waves.id"), "the same list from either wave");
        assertEquals(List.of(1, 2), wave.getList("data.survey.waves.wave.number"));

        // a wave made from the second wave joins the same tracker; one fielded earlier takes its place in time
        String backfill = waveOf(
                march,
                Map.of("label", "Pilot", "fieldedFrom", "2020-01-06", "fieldedTo", "2020-01-31", "title", "Pilot"));
        JsonPath all = read(first);
        assertEquals(List.of(backfill, first, march), all.getList("data.survey.waves.id"));
        assertEquals(List.of("Pilot", "Wave 1", "March 2099"), all.getList("data.survey.waves.wave.label"));
        assertEquals(List.of(1, 2, 3), all.getList("data.survey.waves.wave.number"));
        assertEquals("Pilot", read(backfill).getString("data.survey.title"));
        assertEquals(
                QUESTIONS.size(),
                read(backfill).getList("data.survey.questions").size());
    }

    @Test
    void aSurveyWithoutWavesIsItsOwnOnlyWave() {
        String alone = draft("Alone");
        JsonPath answer = read(alone);
        assertNull(answer.get("data.survey.wave"));
        assertEquals(List.of(alone), answer.getList("data.survey.waves.id"));
    }

    @Test
    void surveysOfSeveralTrackersGetTheirOwnWavesInOneList() {
        String a = draft("Tracker A");
        String a2 = waveOf(a, Map.of("label", "Autumn"));
        String b = draft("Tracker B");
        String alone = draft("No waves");
        JsonPath answer = analyst.runOk("surveysByIdsWaves", Map.of("ids", List.of(a2, alone, b, a)));
        assertEquals(List.of(a, a2), answer.getList("data.surveysByIds[0].waves.id"));
        assertEquals("Autumn", answer.getString("data.surveysByIds[0].wave.label"));
        assertEquals(2, answer.getInt("data.surveysByIds[0].wave.number"));
        assertNull(answer.get("data.surveysByIds[1].wave"));
        assertEquals(List.of(alone), answer.getList("data.surveysByIds[1].waves.id"));
        assertEquals(List.of(b), answer.getList("data.surveysByIds[2].waves.id"));
        assertEquals(List.of(a, a2), answer.getList("data.surveysByIds[3].waves.id"));
        assertEquals(1, answer.getInt("data.surveysByIds[3].wave.number"));
    }

    @Test
    void aLabelIsUsedOnceInATrackerAndBadInputNamesItsField() {
        String first = draft("Labels");
        waveOf(first, Map.of("label", "Spring"));
        assertField("input.label", createWave(analyst, first, Map.of("label", "spring ")));
        assertField("input.label", createWave(analyst, first, Map.of("label", "WAVE 1")));
        assertField("input.label", createWave(analyst, first, Map.of("label", "   ")));
        assertField("input.label", createWave(analyst, first, Map.of("label", "x".repeat(101))));
        assertField(
                "input.fieldedTo",
                createWave(
                        analyst,
                        first,
                        Map.of("label", "Late", "fieldedFrom", "2026-05-02", "fieldedTo", "2026-05-01")));
        assertField("input.title", createWave(analyst, first, Map.of("label", "Long", "title", "t".repeat(301))));
        // not a day of the calendar: refused by the schema's Date type before the mutation runs
        assertCode("VALIDATION", createWave(analyst, first, Map.of("label", "Leap", "fieldedFrom", "2026-02-30")));
        assertEquals(2, read(first).getList("data.survey.waves").size(), "nothing was written");

        String alone = draft("Dated");
        analyst.runOk("updateWave", Map.of("surveyId", alone, "input", Map.of("fieldedTo", "2026-06-30")));
        assertField(
                "input.fieldedFrom",
                analyst.run("updateWave", Map.of("surveyId", alone, "input", Map.of("fieldedFrom", "2026-07-01"))));
    }

    @Test
    void updateWaveSetsTheLabelAndPeriodAndStartsATracker() {
        String alone = draft("Update me");
        JsonPath started = analyst.runOk("updateWave", Map.of("surveyId", alone, "input", Map.of()));
        assertEquals(Map.of("label", "Wave 1", "number", 1), withoutNulls(started.getMap("data.updateWave.wave")));
        assertEquals(List.of(alone), started.getList("data.updateWave.waves.id"));

        String second = waveOf(alone, Map.of("label", "Second", "fieldedFrom", "2099-01-01"));
        JsonPath moved = analyst.runOk(
                "updateWave",
                Map.of("surveyId", second, "input", Map.of("label", "Pre-test", "fieldedFrom", "2020-01-01")));
        assertEquals("Pre-test", moved.getString("data.updateWave.wave.label"));
        assertEquals("2020-01-01", moved.getString("data.updateWave.wave.fieldedFrom"));
        assertEquals(1, moved.getInt("data.updateWave.wave.number"), "moved ahead of wave 1 by its date");
        assertEquals(List.of(second, alone), moved.getList("data.updateWave.waves.id"));
        // keeping its own label is not a duplicate; taking another wave's is
        analyst.runOk("updateWave", Map.of("surveyId", second, "input", Map.of("label", "pre-TEST")));
        assertField(
                "input.label",
                analyst.run("updateWave", Map.of("surveyId", second, "input", Map.of("label", "wave 1"))));
    }

    @Test
    void viewersMayNotAndOtherWorkspacesCannotSeeTheSurvey() {
        String first = draft("Guarded");
        GraphQLTestClient viewer = GraphQLTestClient.as(TestTokens.viewer(WORKSPACE));
        assertCode("FORBIDDEN", createWave(viewer, first, Map.of("label", "Mine")));
        assertCode("FORBIDDEN", viewer.run("updateWave", Map.of("surveyId", first, "input", Map.of("label", "Mine"))));
        GraphQLTestClient stranger = GraphQLTestClient.as(TestTokens.analyst("elsewhere"));
        assertCode("NOT_FOUND", createWave(stranger, first, Map.of("label", "Mine")));
        assertCode(
                "NOT_FOUND", stranger.run("updateWave", Map.of("surveyId", first, "input", Map.of("label", "Mine"))));
        assertCode("NOT_FOUND", createWave(analyst, "not-a-survey", Map.of("label", "Mine")));
        JsonPath untouched = read(first);
        assertNull(untouched.get("data.survey.wave"), "no refused call started a tracker");
        assertEquals(List.of(first), untouched.getList("data.survey.waves.id"));
    }

    @Test
    void eachWaveTakesItsOwnResponsesAndAPanelRespondentKeepsTheirId() {
        String first = draft("Panel");
        String second = waveOf(first, Map.of("label", "March"));
        analyst.runOk("openSurvey", Map.of("id", first));
        analyst.runOk("openSurvey", Map.of("id", second));
        String header = "respondent_id,price,green,region,channel,spend,remark\n";
        SurveyFixtures.importCsv(
                        TestTokens.analyst(WORKSPACE),
                        first,
                        (header + "p1,1,0,North,Online,10,a\np2,2,1,South,Store,20,b\n")
                                .getBytes(StandardCharsets.UTF_8))
                .statusCode(200)
                .body("rowsWritten", equalTo(2));
        SurveyFixtures.importCsv(
                        TestTokens.analyst(WORKSPACE),
                        second,
                        (header + "p1,7,1,South,Store,30,c\np3,4,0,North,Online,40,d\n")
                                .getBytes(StandardCharsets.UTF_8))
                .statusCode(200)
                .body("rowsWritten", equalTo(2));

        JsonPath march =
                analyst.runOk("responseMatrix", Map.of("surveyId", second, "codes", List.of("price", "spend")));
        assertEquals(List.of("p1", "p3"), march.getList("data.responseMatrix.rows.respondentId"));
        assertEquals(2, march.getInt("data.responseMatrix.totalCount"));
        // p1 answered 7 in March on a reverse-coded 1-7 item; the first wave keeps their 1
        JsonPath wave1 = analyst.runOk("responseMatrix", Map.of("surveyId", first, "codes", List.of("price", "spend")));
        assertEquals(List.of("p1", "p2"), wave1.getList("data.responseMatrix.rows.respondentId"));
        assertNotEquals(
                march.getList("data.responseMatrix.rows[0].values"),
                wave1.getList("data.responseMatrix.rows[0].values"));
        assertFalse(wave1.getList("data.responseMatrix.rows.respondentId").contains("p3"));
    }

    private static Map<String, Object> withoutNulls(Map<String, Object> map) {
        Map<String, Object> kept = new HashMap<>(map);
        kept.values().removeIf(v -> v == null);
        return kept;
    }

    private static void assertField(String field, JsonPath answer) {
        assertCode("VALIDATION", answer);
        assertEquals(field, answer.getString("errors[0].extensions.field"), answer::prettify);
    }
}
