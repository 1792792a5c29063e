package org.psychograph.segmentation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.psychograph.segmentation.clustering.BasisMatrix;
import org.psychograph.segmentation.clustering.McDonaldsSurvey;
import org.psychograph.segmentation.stub.SuiteStubResource;
import org.psychograph.testing.GraphQLTestClient;
import org.psychograph.testing.PostgresTestResource;

/**
 * Issue 15 through the API on the mcdonalds survey: the structure verdict against structureless data (REFERENCE
 * tasks of the durable queue), k recommended within the persona range with the most stable split beside it, and
 * the typing tool: golden questions with a holdout accuracy, assignSegment with only their answers, exports.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(SuiteStubResource.class)
class TypingToolRunTest {

    private static String runId;
    private static JsonPath run;

    /** One finished run for the tests that only read it (Quarkus is up only once a test instance exists). */
    @BeforeEach
    void finishedRun() {
        if (run != null) {
            return;
        }
        runId = RunFixtures.start(RunFixtures.quickStudy(2024));
        RunFixtures.await(runId, Set.of("SUCCEEDED", "FAILED"), Duration.ofMinutes(3));
        run = GraphQLTestClient.as(RunFixtures.ANALYST).runOk("runTyping", Map.of("id", runId));
        assertEquals("SUCCEEDED", run.getString("data.run.status"), run.prettify());
    }

    @Test
    void theStructureIsJudgedAgainstStructurelessDataAndKIsRecommendedInThePersonaRange() {
        assertNotNull(run.getString("data.run.structure.type"), run.prettify());
        assertTrue(run.getString("data.run.structure.explanation").contains("structureless")
                || run.getString("data.run.structure.explanation").contains("shuffled"));
        List<Map<String, Object>> candidates = run.getList("data.run.candidates");
        for (Map<String, Object> c : candidates) {
            // 20 bootstrap pairs: the reference gets max(10, 20/5) = 10, from REFERENCE tasks
            assertEquals(10, c.get("referenceReplicates"), "k=" + c.get("k"));
            assertNotNull(c.get("referenceStabilityMedian"));
            assertNotNull(c.get("aboveReference"));
        }
        assertEquals(3, run.getInt("data.run.config.personaKMin"));
        assertEquals(6, run.getInt("data.run.config.personaKMax"));
        int recommended = run.getInt("data.run.recommendedK");
        assertTrue(recommended >= 3 && recommended <= 5, "within 3..6 and the analysed 2..5: " + recommended);
        assertTrue(run.getString("data.run.recommendationReason").startsWith("k=" + recommended + " within"));
        int mostStable = run.getInt("data.run.mostStableK");
        assertEquals(
                List.of(mostStable),
                candidates.stream()
                        .filter(c -> Boolean.TRUE.equals(c.get("mostStableSplit")))
                        .map(c -> c.get("k"))
                        .toList(),
                "the old rule's outcome stays visible on exactly one candidate");
        assertEquals(2, mostStable, "k=2 is the most stable split of the mcdonalds data, as flexclust shows");
    }

    @Test
    void theTypingToolReportsAHoldoutAccuracyThatItsConfusionMatrixBacks() {
        int k = run.getInt("data.run.chosenK");
        List<Map<String, Object>> golden = run.getList("data.run.typingTool.goldenQuestions");
        assertFalse(golden.isEmpty());
        assertTrue(golden.size() <= 11);
        List<Map<String, Object>> curve = run.getList("data.run.typingTool.accuracyCurve");
        assertEquals(11, curve.size(), "one point per number of questions, 1..11");
        for (int i = 0; i < curve.size(); i++) {
            assertEquals(i + 1, curve.get(i).get("questions"));
        }
        int holdout = run.getInt("data.run.typingTool.holdoutSize");
        assertEquals(1453, holdout + run.getInt("data.run.typingTool.selectionSize"));
        List<List<Integer>> confusion = run.getList("data.run.typingTool.confusionMatrix");
        assertEquals(k, confusion.size());
        int total = 0;
        int right = 0;
        for (int i = 0; i < k; i++) {
            assertEquals(k, confusion.get(i).size());
            for (int j = 0; j < k; j++) {
                total += confusion.get(i).get(j);
                right += i == j ? confusion.get(i).get(j) : 0;
            }
        }
        assertEquals(holdout, total);
        // JsonPath reads GraphQL floats as Java floats
        assertEquals((double) right / holdout, run.getDouble("data.run.typingTool.holdoutAccuracy"), 1e-6);
        assertTrue(run.getDouble("data.run.typingTool.holdoutAccuracy") > 0.6, run.prettify());
        assertEquals(k, run.getList("data.run.typingTool.scoring").size());
        assertTrue(run.getString("data.run.typingTool.provenance").contains("LinearSGDTrainer"));
    }

    @Test
    void assignSegmentWithOnlyTheGoldenQuestionsUsesTheTypingToolAndAgreesWithTheRun() {
        List<String> golden = goldenCodes();
        BasisMatrix data = McDonaldsSurvey.load().attributes();
        JsonPath assigned =
                GraphQLTestClient.as(RunFixtures.ANALYST).runOk("assignments", Map.of("runId", runId, "first", 150));
        List<Map<String, Object>> edges = assigned.getList("data.assignments.edges");
        int agree = 0;
        for (Map<String, Object> edge : edges) {
            @SuppressWarnings("unchecked")
            Map<String, Object> node = (Map<String, Object>) edge.get("node");
            int row = Integer.parseInt(((String) node.get("respondentId")).substring("mcd-".length())) - 1;
            JsonPath placed = GraphQLTestClient.as(RunFixtures.ANALYST)
                    .runOk("assignSegment", Map.of("runId", runId, "answers", answers(data, row, golden)));
            assertEquals("TYPING_TOOL", placed.getString("data.assignSegment.method"));
            assertNull(placed.get("data.assignSegment.distance"));
            double probability = placed.getDouble("data.assignSegment.probability");
            assertTrue(probability > 0 && probability <= 1, "a probability: " + probability);
            agree += placed.getInt("data.assignSegment.segmentNumber") == (int) node.get("segmentNumber") ? 1 : 0;
        }
        double agreement = (double) agree / edges.size();
        double holdout = run.getDouble("data.run.typingTool.holdoutAccuracy");
        assertTrue(
                agreement >= holdout - 0.1,
                "placing by the golden questions agrees with the run on " + agreement + " of 150 respondents; the "
                        + "holdout accuracy is " + holdout);

        List<String> all = List.of(McDonaldsSurvey.ATTRIBUTES);
        JsonPath everything = GraphQLTestClient.as(RunFixtures.ANALYST)
                .runOk("assignSegment", Map.of("runId", runId, "answers", answers(data, 0, all)));
        assertEquals("NEAREST_CENTRE", everything.getString("data.assignSegment.method"));
        assertNotNull(everything.get("data.assignSegment.distance"));
    }

    @Test
    void answersThatAreNeitherCompleteNorTheGoldenQuestionsAreRefusedNamingThem() {
        List<String> golden = goldenCodes();
        BasisMatrix data = McDonaldsSurvey.load().attributes();
        List<String> notQuite = new ArrayList<>(golden.subList(1, golden.size()));
        JsonPath missing = GraphQLTestClient.as(RunFixtures.ANALYST)
                .run("assignSegment", Map.of("runId", runId, "answers", answers(data, 0, notQuite)));
        assertEquals("VALIDATION", missing.getString("errors[0].extensions.code"), missing.prettify());
        assertTrue(missing.getString("errors[0].message").contains("golden questions: " + String.join(", ", golden)));

        List<Map<String, Object>> outOfScale = answers(data, 0, golden);
        outOfScale.set(0, Map.of("questionCode", golden.get(0), "value", 7.0));
        JsonPath refused = GraphQLTestClient.as(RunFixtures.ANALYST)
                .run("assignSegment", Map.of("runId", runId, "answers", outOfScale));
        assertEquals("VALIDATION", refused.getString("errors[0].extensions.code"), refused.prettify());
        assertTrue(refused.getString("errors[0].message").contains(golden.get(0)), refused.prettify());
    }

    @Test
    void theTypingToolExportsAsAQuestionnaireWithItsScoringRuleAndAsAPrintableSheet() throws Exception {
        JsonPath asJson = GraphQLTestClient.as(RunFixtures.ANALYST)
                .runOk("exportTypingTool", Map.of("runId", runId, "format", "JSON"));
        assertEquals("application/json", asJson.getString("data.exportTypingTool.contentType"));
        JsonNode questionnaire = new ObjectMapper().readTree(asJson.getString("data.exportTypingTool.content"));
        assertEquals(goldenCodes().size(), questionnaire.get("questions").size());
        assertEquals(
                run.getInt("data.run.chosenK"), questionnaire.get("scoring").size());
        assertEquals(
                goldenCodes().size(),
                questionnaire.get("scoring").get(0).get("weights").size());
        assertEquals(
                run.getDouble("data.run.typingTool.holdoutAccuracy"),
                questionnaire.get("holdoutAccuracy").asDouble(),
                1e-6); // JsonPath reads GraphQL floats as Java floats

        JsonPath asHtml = GraphQLTestClient.as(RunFixtures.ANALYST)
                .runOk("exportTypingTool", Map.of("runId", runId, "format", "HTML"));
        String html = asHtml.getString("data.exportTypingTool.content");
        assertTrue(html.startsWith("<!DOCTYPE html>"));
        for (String code : goldenCodes()) {
            assertTrue(html.contains("x " + code), "a weight column per golden question: " + code);
        }
        assertTrue(html.contains("holdout accuracy"), html);
    }

    @Test
    void aPersonaRangeIsSettableAndChecked() {
        Map<String, Object> input = new HashMap<>(RunFixtures.quickStudy(5));
        input.put("personaKMin", 4);
        input.put("personaKMax", 4);
        String fixed = RunFixtures.start(input);
        RunFixtures.await(fixed, Set.of("SUCCEEDED", "FAILED"), Duration.ofMinutes(3));
        JsonPath done = GraphQLTestClient.as(RunFixtures.ANALYST).runOk("runTyping", Map.of("id", fixed));
        assertEquals(4, done.getInt("data.run.recommendedK"), done.prettify());
        assertEquals(4, done.getList("data.run.typingTool.confusionMatrix").size(), "the typing tool of k=4");

        Map<String, Object> inverted = new HashMap<>(RunFixtures.quickStudy(5));
        inverted.put("personaKMin", 5);
        inverted.put("personaKMax", 3);
        JsonPath refused =
                GraphQLTestClient.as(RunFixtures.ANALYST).run("startSegmentation", Map.of("input", inverted));
        assertEquals("VALIDATION", refused.getString("errors[0].extensions.code"), refused.prettify());
        assertEquals("personaKMax", refused.getString("errors[0].extensions.field"));
    }

    @Test
    void chooseKRebuildsTheTypingToolForTheChosenSolution() {
        String other = RunFixtures.start(RunFixtures.quickStudy(77));
        RunFixtures.await(other, Set.of("SUCCEEDED"), Duration.ofMinutes(3));
        int recommended = GraphQLTestClient.as(RunFixtures.ANALYST)
                .runOk("runTyping", Map.of("id", other))
                .getInt("data.run.recommendedK");
        int k = recommended == 5 ? 4 : 5;
        GraphQLTestClient.as(RunFixtures.ANALYST).runOk("chooseK", Map.of("runId", other, "k", k));
        JsonPath after = GraphQLTestClient.as(RunFixtures.ANALYST).runOk("runTyping", Map.of("id", other));
        assertEquals(k, after.getList("data.run.typingTool.confusionMatrix").size(), after.prettify());
    }

    private static List<String> goldenCodes() {
        return run.<Map<String, Object>>getList("data.run.typingTool.goldenQuestions").stream()
                .map(q -> (String) q.get("code"))
                .toList();
    }

    private static List<Map<String, Object>> answers(BasisMatrix data, int row, List<String> codes) {
        List<String> columns = List.of(data.variableCodes());
        List<Map<String, Object>> answers = new ArrayList<>();
        for (String code : codes) {
            answers.add(Map.of("questionCode", code, "value", data.values()[row][columns.indexOf(code)]));
        }
        return answers;
    }
}
