package org.psychograph.segmentation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.psychograph.segmentation.clustering.SequentialStability;
import org.psychograph.segmentation.stub.SuiteStub;
import org.psychograph.segmentation.stub.SuiteStubResource;
import org.psychograph.testing.GraphQLTestClient;
import org.psychograph.testing.PostgresTestResource;

/** A run over GraphQL on the mcdonalds survey, from QUEUED to SUCCEEDED, through the durable queue. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(SuiteStubResource.class)
class SegmentationRunTest {

    @Test
    @SuppressWarnings("unchecked")
    void mcdonaldsRunSucceedsWithEvidenceProfilesDescriptorsAndAssignments() {
        String runId = RunFixtures.start(RunFixtures.quickStudy(1234));
        RunFixtures.await(runId, Set.of("SUCCEEDED", "FAILED"), Duration.ofMinutes(3));
        JsonPath run = RunFixtures.full(runId);
        assertEquals("SUCCEEDED", run.getString("data.run.status"), run.prettify());
        assertEquals(100, run.getInt("data.run.percent"));
        assertEquals(1453, run.getInt("data.run.respondentCount"));
        assertEquals(0, run.getInt("data.run.droppedRespondentCount"));

        List<Map<String, Object>> candidates = run.getList("data.run.candidates");
        assertEquals(
                List.of(2, 3, 4, 5), candidates.stream().map(c -> c.get("k")).toList());
        for (Map<String, Object> c : candidates) {
            assertEquals(20, ((List<?>) c.get("stabilityReplicates")).size(), "one ARI per bootstrap pair");
            // segment-level stability for every k, not only the chosen one: one entry per segment, largest first
            List<Map<String, Object>> segmentStability = (List<Map<String, Object>>) c.get("segmentStability");
            assertEquals(c.get("k"), segmentStability.size(), "one segment stability per segment of k=" + c.get("k"));
            for (int i = 0; i < segmentStability.size(); i++) {
                Map<String, Object> s = segmentStability.get(i);
                assertEquals(i + 1, s.get("segment"));
                assertEquals(((List<?>) c.get("sizes")).get(i), s.get("size"), "in the order of the sizes");
                double mean = ((Number) s.get("meanJaccard")).doubleValue();
                assertTrue(mean >= 0 && mean <= 1, "a Jaccard agreement: " + mean);
            }
            assertEquals(
                    1453,
                    ((List<?>) c.get("sizes"))
                            .stream().mapToInt(s -> ((Number) s).intValue()).sum());
        }
        // within-segment distance sums fall as k grows, and k=2 matches flexclust's 1716.5 closely
        double k2 = ((Number) candidates.get(0).get("withinDistanceSum")).doubleValue();
        assertEquals(1716.5, k2, 1716.5 * 0.01);

        int recommended = run.getInt("data.run.recommendedK");
        assertEquals(recommended, run.getInt("data.run.chosenK"));
        assertTrue(
                run.getString("data.run.recommendationReason").contains("k=" + recommended),
                run.getString("data.run.recommendationReason"));
        assertNotNull(run.getString("data.run.provenance.dataFingerprint"));
        assertEquals("1234", run.getString("data.run.provenance.seed"));

        List<Map<String, Object>> segments = run.getList("data.run.segments");
        assertEquals(recommended, segments.size());
        // the chosen candidate's segment stability is the stability its segments show
        List<Map<String, Object>> chosenStability = (List<Map<String, Object>>) candidates.stream()
                .filter(c -> c.get("k").equals(recommended))
                .findFirst()
                .orElseThrow()
                .get("segmentStability");
        for (int i = 0; i < segments.size(); i++) {
            assertEquals(
                    ((Number) segments.get(i).get("stability")).doubleValue(),
                    ((Number) chosenStability.get(i).get("meanJaccard")).doubleValue(),
                    1e-9,
                    "segment " + (i + 1));
        }
        int total = 0;
        int previous = Integer.MAX_VALUE;
        for (Map<String, Object> s : segments) {
            int size = (Integer) s.get("size");
            assertTrue(size <= previous, "segments are ordered by size");
            previous = size;
            total += size;
            assertEquals(11, ((List<?>) s.get("profile")).size(), "one profile entry per basis variable");
            assertEquals(4, ((List<?>) s.get("descriptors")).size(), "Like, Age, VisitFrequency, Gender");
            assertFalse(((String) s.get("label")).isBlank());
        }
        assertEquals(1453, total);
        Map<String, Object> gender = ((List<Map<String, Object>>)
                        segments.get(0).get("descriptors"))
                .stream()
                        .filter(d -> d.get("questionCode").equals("Gender"))
                        .findFirst()
                        .orElseThrow();
        assertEquals("CATEGORICAL", gender.get("kind"));
        assertEquals(
                List.of("Female", "Male"),
                ((List<Map<String, Object>>) gender.get("categories"))
                        .stream().map(c -> c.get("label")).toList());

        JsonPath assignments =
                GraphQLTestClient.as(RunFixtures.ANALYST).runOk("assignments", Map.of("runId", runId, "first", 10_000));
        assertEquals(1453, assignments.getInt("data.assignments.totalCount"));
        assertEquals(1453, assignments.getList("data.assignments.edges").size());

        // background reads used the service account, not a user's token
        assertTrue(SuiteStub.get().surveyAuthorizations.contains("Bearer " + SuiteStubResource.SERVICE_TOKEN));
    }

    @Test
    void assignSegmentPlacesARespondentExactlyAsTheRunDid() {
        String runId = RunFixtures.start(RunFixtures.quickStudy(99));
        RunFixtures.await(runId, Set.of("SUCCEEDED"), Duration.ofMinutes(3));
        JsonPath first =
                GraphQLTestClient.as(RunFixtures.ANALYST).runOk("assignments", Map.of("runId", runId, "first", 1));
        assertEquals("mcd-1", first.getString("data.assignments.edges[0].node.respondentId"));
        int segment = first.getInt("data.assignments.edges[0].node.segmentNumber");
        // mcdonalds row 1: No,Yes,No,Yes,No,Yes,Yes,No,Yes,No,No
        String[] codes = {
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
            "disgusting"
        };
        double[] values = {0, 1, 0, 1, 0, 1, 1, 0, 1, 0, 0};
        List<Map<String, Object>> answers = new ArrayList<>();
        for (int i = 0; i < codes.length; i++) {
            answers.add(Map.of("questionCode", codes[i], "value", values[i]));
        }
        JsonPath placed = GraphQLTestClient.as(RunFixtures.ANALYST)
                .runOk("assignSegment", Map.of("runId", runId, "answers", answers));
        assertEquals(segment, placed.getInt("data.assignSegment.segmentNumber"));
        assertEquals(
                first.getDouble("data.assignments.edges[0].node.distance"),
                placed.getDouble("data.assignSegment.distance"),
                1e-9);

        JsonPath missing = GraphQLTestClient.as(RunFixtures.ANALYST)
                .run("assignSegment", Map.of("runId", runId, "answers", answers.subList(0, 5)));
        assertEquals("VALIDATION", missing.getString("errors[0].extensions.code"));
    }

    @Test
    void chooseKProfilesAnotherCandidateWithoutClusteringAgain() {
        String runId = RunFixtures.start(RunFixtures.quickStudy(7));
        RunFixtures.await(runId, Set.of("SUCCEEDED"), Duration.ofMinutes(3));
        int matrixReads = SuiteStub.get().matrixCalls.get(SuiteStub.MCDONALDS);
        JsonPath before = RunFixtures.full(runId);
        int recommended = before.getInt("data.run.recommendedK");
        int other = recommended == 4 ? 3 : 4;
        JsonPath chosen =
                GraphQLTestClient.as(RunFixtures.ANALYST).runOk("chooseK", Map.of("runId", runId, "k", other));
        assertEquals(other, chosen.getInt("data.chooseK.chosenK"));
        assertEquals(recommended, chosen.getInt("data.chooseK.recommendedK"));
        assertEquals(other, chosen.getList("data.chooseK.segments").size());
        Map<String, Object> candidate = before.<Map<String, Object>>getList("data.run.candidates").stream()
                .filter(c -> c.get("k").equals(other))
                .findFirst()
                .orElseThrow();
        List<Integer> sizes = chosen.getList("data.chooseK.segments.size");
        assertEquals(candidate.get("sizes"), sizes, "the candidate's own solution, not a new clustering");
        assertEquals(matrixReads, SuiteStub.get().matrixCalls.get(SuiteStub.MCDONALDS), "no new data read");
        assertEquals(
                1453,
                GraphQLTestClient.as(RunFixtures.ANALYST)
                        .runOk("assignments", Map.of("runId", runId, "first", 1))
                        .getInt("data.assignments.totalCount"));
    }

    /**
     * Issue 17, through the workers: a k whose median stability is known to the run's precision stops drawing
     * pairs. Its waiting batches are cancelled, and it reports exactly the pairs the rule settles on (a batch
     * finished beyond them is left out), as the in-process analysis does (SequentialStabilityTest).
     */
    @Test
    void aKsBootstrapStopsOnceItsMedianIsKnownAndTheRunSaysSo() {
        Map<String, Object> input = new HashMap<>(RunFixtures.quickStudy(77));
        input.put("kMax", 4);
        input.put("bootstrapReplicates", 60);
        input.put("stabilityPrecision", 0.1);
        JsonPath run = RunFixtures.finished(input);
        assertEquals("SUCCEEDED", run.getString("data.run.status"), run.prettify());
        assertEquals(0.1, run.getDouble("data.run.config.stabilityPrecision"), 1e-12);
        boolean stoppedEarly = false;
        for (Map<String, Object> c : run.<Map<String, Object>>getList("data.run.candidates")) {
            double[] ari = ((List<?>) c.get("stabilityReplicates"))
                    .stream().mapToDouble(v -> ((Number) v).doubleValue()).toArray();
            assertEquals(
                    OptionalInt.of(ari.length),
                    SequentialStability.pairsUsed(ari, ari.length, 60, 0.1),
                    "k=" + c.get("k") + " stopped at the rule's first precise look");
            stoppedEarly |= ari.length < 60;
        }
        assertTrue(stoppedEarly, run.prettify());
        assertTrue(
                run.getList("data.run.notes", String.class).stream()
                        .anyMatch(n -> n.startsWith("stability stopped drawing bootstrap pairs")),
                run.prettify());

        // the default is 0.02; a run asked for every pair draws them all
        Map<String, Object> everyPair = new HashMap<>(RunFixtures.quickStudy(77));
        everyPair.put("kMax", 2);
        everyPair.put("bootstrapReplicates", 30);
        everyPair.put("stabilityPrecision", 0.0);
        JsonPath exact = RunFixtures.finished(everyPair);
        assertEquals("SUCCEEDED", exact.getString("data.run.status"), exact.prettify());
        assertEquals(
                30,
                ((List<?>) exact.getList("data.run.candidates.stabilityReplicates")
                                .get(0))
                        .size());
        assertEquals(0.0, exact.getDouble("data.run.config.stabilityPrecision"), 0.0);
        JsonPath byDefault = RunFixtures.finished(RunFixtures.quickStudy(5));
        assertEquals(
                SequentialStability.DEFAULT_PRECISION,
                byDefault.getDouble("data.run.config.stabilityPrecision"),
                1e-12);
    }

    @Test
    void invalidInputNamesTheField() {
        assertField("basisQuestionCodes", Map.of("basisQuestionCodes", List.of("yummy", "nope")));
        assertField("basisQuestionCodes", Map.of("basisQuestionCodes", List.of("Gender")));
        assertField("k", Map.of("k", 1));
        assertField("kMax", Map.of("kMin", 5, "kMax", 3));
        assertField("restarts", Map.of("restarts", 0));
        assertField("restarts", Map.of("restarts", 1001));
        assertField("seed", Map.of("seed", "not a number"));
        assertField("stabilityPrecision", Map.of("stabilityPrecision", 0.5));
        assertField("stabilityPrecision", Map.of("stabilityPrecision", -0.01));
        Map<String, Object> tiny = new HashMap<>(Map.of("surveyId", SuiteStub.TINY));
        JsonPath answer = GraphQLTestClient.as(RunFixtures.ANALYST).run("startSegmentation", Map.of("input", tiny));
        assertEquals("VALIDATION", answer.getString("errors[0].extensions.code"), answer.prettify());
        assertEquals("surveyId", answer.getString("errors[0].extensions.field"));
    }

    private static void assertField(String field, Map<String, Object> overrides) {
        Map<String, Object> input = new HashMap<>(RunFixtures.quickStudy(1));
        input.putAll(overrides);
        JsonPath answer = GraphQLTestClient.as(RunFixtures.ANALYST).run("startSegmentation", Map.of("input", input));
        assertEquals("VALIDATION", answer.getString("errors[0].extensions.code"), answer.prettify());
        assertEquals(field, answer.getString("errors[0].extensions.field"), answer.prettify());
    }

    @Test
    void aSurveyOfAnotherWorkspaceOrUnknownIsNotFound() {
        Map<String, Object> input = new HashMap<>(RunFixtures.quickStudy(1));
        input.put("surveyId", SuiteStub.OTHER_WORKSPACE);
        assertEquals(
                "NOT_FOUND",
                GraphQLTestClient.as(RunFixtures.ANALYST)
                        .run("startSegmentation", Map.of("input", input))
                        .getString("errors[0].extensions.code"));
        input.put("surveyId", "00000000-0000-0000-0000-0000000000ff");
        assertEquals(
                "NOT_FOUND",
                GraphQLTestClient.as(RunFixtures.ANALYST)
                        .run("startSegmentation", Map.of("input", input))
                        .getString("errors[0].extensions.code"));
    }
}
