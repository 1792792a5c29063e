package org.psychograph.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The whole suite with real parts: embedded PostgreSQL, a real Keycloak with the dev realm, and the four
 * services started as packaged applications, exercised through the gateway only, as a frontend would.
 * The scenario's steps build on each other (one study), so they run in order.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EndToEndTest {

    static LocalStack stack;
    static SuiteClient alice;
    static String gateway;
    static String surveyId;
    static String runId;
    static String personaId;

    @BeforeAll
    static void startTheSuite() throws Exception {
        Path state = Files.createTempDirectory("psychograph-e2e-");
        stack = new LocalStack(
                StackLayout.forProject().withStateDir(state),
                LocalStack.Ports.shifted(200),
                message -> System.out.println("[e2e] " + message));
        stack.start(false);
        gateway = stack.graphqlUrl(SuiteService.GATEWAY);
        alice = new SuiteClient(token("alice"));
    }

    @AfterAll
    static void stopTheSuite() {
        if (stack != null) {
            stack.close();
        }
    }

    static String token(String user) throws IOException, InterruptedException {
        return SuiteClient.passwordToken(stack.keycloak().tokenEndpoint(), user, user);
    }

    static String load(String name) {
        try (InputStream in = EndToEndTest.class.getResourceAsStream("/e2e/" + name + ".graphql")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static JsonNode ok(SuiteClient client, String operation, Map<String, Object> variables) throws Exception {
        return client.graphql(gateway, load(operation), variables);
    }

    static JsonNode raw(SuiteClient client, String operation, Map<String, Object> variables) throws Exception {
        return client.graphqlRaw(gateway, load(operation), variables);
    }

    static String code(JsonNode answer) {
        return answer.path("errors").path(0).path("extensions").path("code").asText();
    }

    @Test
    @Order(1)
    void createsImportsAndSegmentsTheSurveyThroughTheGateway() throws Exception {
        Map<String, Object> definition = SuiteClient.json()
                .readValue(
                        stack.layout()
                                .projectRoot()
                                .resolve("scripts/demo/mcdonalds-survey.json")
                                .toFile(),
                        Map.class);
        surveyId = ok(alice, "createSurvey", Map.of("input", Map.of("title", definition.get("title"))))
                .at("/createSurvey/id")
                .asText();
        assertEquals(
                15,
                ok(alice, "addQuestions", Map.of("surveyId", surveyId, "questions", definition.get("questions")))
                        .at("/addQuestions/questions")
                        .size());
        assertEquals(
                "OPEN",
                ok(alice, "openSurvey", Map.of("id", surveyId))
                        .at("/openSurvey/status")
                        .asText());

        var imported = alice.postFile(
                stack.baseUrl(SuiteService.GATEWAY) + "/surveys/" + surveyId + "/imports?rowIdPrefix=mcd-",
                "text/csv",
                stack.layout().dataset("msa-mcdonalds/mcdonalds.csv"));
        assertEquals(200, imported.getKey(), imported.getValue().toString());
        assertEquals(1453, imported.getValue().get("rowsWritten").asInt());

        runId = ok(
                        alice,
                        "startSegmentation",
                        Map.of(
                                "input",
                                Map.of(
                                        "surveyId",
                                        surveyId,
                                        "kMin",
                                        2,
                                        "kMax",
                                        5,
                                        "bootstrapReplicates",
                                        30,
                                        "seed",
                                        "1234")))
                .at("/startSegmentation/id")
                .asText();
        int lastPercent = -1;
        boolean sawProgress = false;
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        String status = "";
        while (System.nanoTime() < deadline) {
            JsonNode run = ok(alice, "runProgress", Map.of("id", runId)).get("run");
            status = run.get("status").asText();
            int percent = run.get("percent").asInt();
            assertTrue(percent >= lastPercent, "progress never goes back");
            sawProgress |= percent > 0 && percent < 100;
            lastPercent = percent;
            if (status.equals("SUCCEEDED") || status.equals("FAILED")) {
                break;
            }
            Thread.sleep(200);
        }
        assertEquals("SUCCEEDED", status);
        assertEquals(100, lastPercent);
        assertTrue(sawProgress || lastPercent == 100, "progress is visible while the run works");
    }

    @Test
    @Order(2)
    void readsSegmentsProfilesAndThePersonasMadeByTheEvent() throws Exception {
        JsonNode run = null;
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (System.nanoTime() < deadline) {
            run = ok(alice, "runWithEverything", Map.of("id", runId)).get("run");
            // both joins are eventually consistent with the outbox's delivery: wait for the personas and for every
            // segment's link to its persona
            boolean linked = run.get("segments").size() > 0;
            for (JsonNode segment : run.get("segments")) {
                linked &= !segment.path("persona").path("name").asText().isBlank();
            }
            if (linked
                    && run.get("personas") != null
                    && run.get("personas").size() == run.get("chosenK").asInt()) {
                break;
            }
            Thread.sleep(500);
        }
        assertNotNull(run);
        assertEquals(surveyId, run.at("/survey/id").asText(), "Run.survey joins survey-service");
        int k = run.get("chosenK").asInt();
        assertEquals(k, run.get("segments").size());
        assertEquals(k, run.get("personas").size(), "personas generated by the RunSucceeded event, nobody called");
        for (JsonNode segment : run.get("segments")) {
            assertEquals(11, segment.get("profile").size());
            assertEquals(4, segment.get("descriptors").size());
            assertFalse(
                    segment.path("persona").path("name").asText().isBlank(), "Segment.persona joins persona-service");
        }
        JsonNode persona = run.get("personas").get(0);
        assertTrue(persona.at("/tagline/evidence").size() > 0, "the tagline carries its evidence");
        personaId = persona.get("id").asText();
    }

    @Test
    @Order(3)
    void editsAndExportsAPersona() throws Exception {
        JsonNode edited = ok(
                        alice,
                        "updatePersona",
                        Map.of(
                                "id",
                                personaId,
                                "patch",
                                Map.of("name", "Quinn, our quality fan", "sections", List.of())))
                .get("updatePersona");
        assertEquals("Quinn, our quality fan", edited.get("name").asText());
        assertTrue(edited.get("lockedFields").toString().contains("name"), edited.toString());
        JsonNode html = ok(alice, "exportPersona", Map.of("id", personaId, "format", "HTML"))
                .get("exportPersona");
        assertTrue(html.get("content").asText().contains("<svg"), "the card carries the avatar");
        assertTrue(html.get("content").asText().contains("Quinn, our quality fan"));
    }

    @Test
    @Order(4)
    void securityMatrix() throws Exception {
        HttpResponse<String> anonymous = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(gateway))
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"{ surveys { totalCount } }\"}"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertEquals(401, anonymous.statusCode());

        SuiteClient victor = new SuiteClient(token("victor"));
        assertEquals(
                "McDonald's brand image",
                ok(victor, "survey", Map.of("id", surveyId)).at("/survey/title").asText());
        assertEquals("FORBIDDEN", code(raw(victor, "createSurvey", Map.of("input", Map.of("title", "x")))));
        assertEquals(
                "FORBIDDEN", code(raw(victor, "startSegmentation", Map.of("input", Map.of("surveyId", surveyId)))));
        assertEquals(
                "FORBIDDEN",
                code(raw(
                        victor,
                        "updatePersona",
                        Map.of("id", personaId, "patch", Map.of("name", "x", "sections", List.of())))));

        SuiteClient bob = new SuiteClient(token("bob"));
        assertEquals("NOT_FOUND", code(raw(bob, "survey", Map.of("id", surveyId))));
        assertEquals("NOT_FOUND", code(raw(bob, "runProgress", Map.of("id", runId))));
        assertEquals("NOT_FOUND", code(raw(bob, "persona", Map.of("id", personaId))));
        assertEquals("NOT_FOUND", code(raw(bob, "startSegmentation", Map.of("input", Map.of("surveyId", surveyId)))));
        assertEquals("NOT_FOUND", code(raw(bob, "exportPersona", Map.of("id", personaId, "format", "JSON"))));

        // a marketing tool with a machine client reads like a user with its roles and workspaces
        SuiteClient machine = new SuiteClient(SuiteClient.clientToken(
                stack.keycloak().tokenEndpoint(), LocalStack.WORKER_CLIENT, LocalStack.WORKER_SECRET));
        assertTrue(ok(machine, "surveys", Map.of()).at("/surveys/totalCount").asInt() >= 1);
    }

    @Test
    @Order(5)
    void aStoppedServiceGivesPartialResultsAndTheSuiteRecovers() throws Exception {
        stack.stopService(SuiteService.PERSONA);
        long started = System.nanoTime();
        JsonNode partial = raw(alice, "runWithEverything", Map.of("id", runId));
        assertTrue(System.nanoTime() - started < Duration.ofSeconds(15).toNanos(), "answered within the timeout");
        assertEquals("SUCCEEDED", partial.at("/data/run/status").asText(), "the other services' data is there");
        assertEquals(surveyId, partial.at("/data/run/survey/id").asText());
        assertTrue(partial.get("errors").toString().contains("UNAVAILABLE"), partial.toString());

        stack.startService(SuiteService.PERSONA);
        stack.awaitReady(SuiteService.PERSONA);
        JsonNode recovered = null;
        long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
        while (System.nanoTime() < deadline) {
            recovered = raw(alice, "runWithEverything", Map.of("id", runId));
            if (!recovered.hasNonNull("errors")) {
                break;
            }
            Thread.sleep(1000);
        }
        assertFalse(recovered.hasNonNull("errors"), "recovers by itself: " + recovered);
        assertEquals(
                "Quinn, our quality fan",
                ok(alice, "persona", Map.of("id", personaId))
                        .at("/persona/name")
                        .asText());
    }

    @Test
    @Order(6)
    void aSecondWaveIsFieldedAndTheFirstWavesModelAppliedToItThroughTheGateway() throws Exception {
        // the main job's own code (DemoWave), pointed at the gateway instead of the services
        DemoWave wave = new DemoWave(stack.layout(), alice, stack.baseUrl(SuiteService.GATEWAY), gateway);
        String waveId = wave.load(surveyId);
        JsonNode waves = ok(alice, "surveyWaves", Map.of("id", surveyId)).at("/survey/waves");
        assertEquals(2, waves.size(), waves.toString());
        assertEquals(waveId, waves.get(1).get("id").asText(), "wave 2 comes after the first wave: " + waves);

        JsonNode applied = wave.apply(runId, waveId, Duration.ofMinutes(2));
        assertEquals("SUCCEEDED", applied.get("status").asText(), applied.toString());
        // every first-wave respondent again plus the yummy ones twice: the yummy respondents' segments grow
        assertTrue(applied.get("placedCount").asInt() > 1453, applied.toString());
        assertEquals("SHARES_CHANGED", applied.at("/drift/verdict").asText(), applied.toString());
        assertTrue(applied.at("/drift/summary").asText().contains("grew"), applied.toString());

        JsonNode self = ok(alice, "compareRuns", Map.of("a", runId, "b", runId)).get("compareRuns");
        assertEquals(1.0, self.get("adjustedRandIndex").asDouble(), 1e-9, self.toString());

        JsonNode foreign = raw(new SuiteClient(token("bob")), "applyModel", Map.of("runId", runId, "surveyId", waveId));
        assertEquals("NOT_FOUND", code(foreign), foreign.toString());
    }
}
