package org.psychograph.segmentation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.psychograph.segmentation.queue.ApplicationWorker;
import org.psychograph.segmentation.stub.SuiteStub;
import org.psychograph.segmentation.stub.SuiteStubResource;
import org.psychograph.testing.GraphQLTestClient;
import org.psychograph.testing.PostgresTestResource;
import org.psychograph.testing.TestTokens;

/**
 * A run's model applied to new data: on the fitting survey it reproduces the run's own assignments exactly and
 * reports no drift; on a second wave with a known shift it reports the shift; a survey that does not ask the basis
 * questions, another workspace's survey and a viewer are refused before anything is queued.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(SuiteStubResource.class)
class ModelApplicationTest {

    @Inject
    ApplicationWorker worker;

    @Inject
    Pool pool;

    private static String shared;

    /** A quick k = 4 run of the survey with this seed, waited for until it has succeeded. */
    private static String fitted(String surveyId, String seed) {
        Map<String, Object> input = new HashMap<>();
        input.put("surveyId", surveyId);
        input.put("k", 4);
        input.put("restarts", 5);
        input.put("bootstrapReplicates", 10);
        input.put("seed", seed);
        String runId = RunFixtures.start(input);
        RunFixtures.await(runId, Set.of("SUCCEEDED"), Duration.ofMinutes(3));
        return runId;
    }

    /** One run for every test, fitted when the first test needs it (the application is up by then). */
    private static synchronized String run() {
        if (shared == null) {
            shared = fitted(SuiteStub.MCDONALDS, "1234");
        }
        return shared;
    }

    @Test
    void onTheFittingDataItReproducesTheRunsOwnAssignmentsAndSeesNoDrift() {
        String runId = run();
        JsonPath application = applied(SuiteStub.MCDONALDS);
        Map<String, Integer> own = segments("assignments", "runId", runId);
        Map<String, Integer> again =
                segments("appliedAssignments", "applicationId", application.getString("data.modelApplication.id"));
        assertEquals(own.size(), again.size());
        assertEquals(own, again, "every respondent placed in the segment the run gave them");
        assertEquals(own.size(), application.getInt("data.modelApplication.placedCount"));
        assertEquals(0, application.getInt("data.modelApplication.unplacedCount"));

        assertEquals(
                "STILL_FITS", application.getString("data.modelApplication.drift.verdict"), application.prettify());
        for (Map<String, Object> s : application.<Map<String, Object>>getList("data.modelApplication.drift.segments")) {
            assertEquals(0.0, ((Number) s.get("shareChange")).doubleValue(), 1e-12, s.toString());
            assertEquals(
                    ((Number) s.get("fittingMeanDistance")).doubleValue(),
                    ((Number) s.get("waveMeanDistance")).doubleValue(),
                    1e-9,
                    s.toString());
        }
        // beyond each segment's own interpolated 95th percentile: 5% of its members, give or take one per segment
        // (fewer with tied distances)
        double misfit = application.getDouble("data.modelApplication.drift.misfit.value");
        double slack = 4.0 / own.size();
        assertTrue(misfit <= 0.05 + slack, "misfit share on the fitting data itself: " + misfit);
    }

    @Test
    void aSecondWaveWithAKnownShiftIsReportedWithTheSegmentsThatGrew() {
        String runId = run();
        JsonPath application = applied(SuiteStub.MCDONALDS_WAVE2);
        String verdict = application.getString("data.modelApplication.drift.verdict");
        assertEquals("SHARES_CHANGED", verdict, application.prettify());
        assertTrue(application.getDouble("data.modelApplication.drift.shareTest.pValue") < 0.01);
        String summary = application.getString("data.modelApplication.drift.summary");
        assertTrue(summary.contains("grew"), summary);

        // which segments must grow: those holding most of the respondents who find McDonald's yummy (the copies)
        Map<String, Integer> own = segments("assignments", "runId", runId);
        List<Map<String, Object>> drift = application.getList("data.modelApplication.drift.segments");
        int total = application.getInt("data.modelApplication.placedCount");
        int extra = total - own.size();
        assertTrue(extra > 0, "the second wave repeats the yummy respondents");
        for (Map<String, Object> s : drift) {
            int segment = (Integer) s.get("segmentNumber");
            long fittingCount = own.values().stream().filter(v -> v == segment).count();
            long waveCount = ((Number) ((Map<?, ?>) s.get("waveShare")).get("count")).longValue();
            assertTrue(waveCount >= fittingCount, "every first-wave respondent is in the second wave: " + s);
            double expectedShare = (double) waveCount / total;
            // 1e-6: rest-assured's JsonPath reads decimals as float
            assertEquals(expectedShare, ((Number) ((Map<?, ?>) s.get("waveShare")).get("value")).doubleValue(), 1e-6);
        }
    }

    @Test
    void anApplicationWhoseWorkerDiedIsTakenOverWhenItsLeaseExpiresAndWrittenOnce() {
        String runId = run();
        worker.stop();
        String id;
        try {
            id = GraphQLTestClient.as(RunFixtures.ANALYST)
                    .runOk("applyModel", Map.of("runId", runId, "surveyId", SuiteStub.MCDONALDS))
                    .getString("data.applyModel.id");
            // a worker took it and died: RUNNING, its lease already expired, one attempt used
            pool.preparedQuery("UPDATE model_application SET status = 'RUNNING', lease_owner = 'dead-worker', "
                            + "lease_until = now() - interval '1 second', attempts = 1 WHERE id = $1")
                    .execute(Tuple.of(UUID.fromString(id)))
                    .await()
                    .atMost(Duration.ofSeconds(10));
        } finally {
            worker.start();
        }
        JsonPath done = awaitApplication(id);
        int placed = done.getInt("data.modelApplication.placedCount");
        long rows = pool.preparedQuery("SELECT count(*), count(DISTINCT respondent_id) FROM applied_assignment "
                        + "WHERE application_id = $1")
                .execute(Tuple.of(UUID.fromString(id)))
                .map(r -> {
                    Row row = r.iterator().next();
                    assertEquals(row.getLong(0), row.getLong(1), "no respondent written twice");
                    return row.getLong(0);
                })
                .await()
                .atMost(Duration.ofSeconds(10));
        assertEquals(placed, rows);
        int attempts = pool.preparedQuery("SELECT attempts FROM model_application WHERE id = $1")
                .execute(Tuple.of(UUID.fromString(id)))
                .map(r -> r.iterator().next().getInteger(0))
                .await()
                .atMost(Duration.ofSeconds(10));
        assertEquals(2, attempts, "taken over on the second attempt");
    }

    @Test
    void aSurveyWithoutTheBasisQuestionsIsRefusedNamingTheQuestion() {
        String runId = run();
        JsonPath refused = GraphQLTestClient.as(RunFixtures.ANALYST)
                .run("applyModel", Map.of("runId", runId, "surveyId", SuiteStub.SPEND));
        assertEquals("VALIDATION", refused.getString("errors[0].extensions.code"), refused.prettify());
        assertTrue(refused.getString("errors[0].message").contains("yummy"), refused.prettify());
    }

    @Test
    void anotherWorkspacesSurveyOrApplicationAndAViewerAreRefused() {
        String runId = run();
        JsonPath other = GraphQLTestClient.as(RunFixtures.ANALYST)
                .run("applyModel", Map.of("runId", runId, "surveyId", SuiteStub.OTHER_WORKSPACE));
        assertEquals("NOT_FOUND", other.getString("errors[0].extensions.code"), other.prettify());

        JsonPath viewer = GraphQLTestClient.as(TestTokens.viewer(SuiteStub.WORKSPACE))
                .run("applyModel", Map.of("runId", runId, "surveyId", SuiteStub.MCDONALDS));
        assertEquals("FORBIDDEN", viewer.getString("errors[0].extensions.code"), viewer.prettify());

        String id = applied(SuiteStub.MCDONALDS).getString("data.modelApplication.id");
        JsonPath stranger =
                GraphQLTestClient.as(TestTokens.analyst("globex")).run("modelApplication", Map.of("id", id));
        JsonPath missing = GraphQLTestClient.as(RunFixtures.ANALYST)
                .run("modelApplication", Map.of("id", "00000000-0000-0000-0000-00000000abcd"));
        assertEquals("NOT_FOUND", stranger.getString("errors[0].extensions.code"), stranger.prettify());
        assertEquals("NOT_FOUND", missing.getString("errors[0].extensions.code"), missing.prettify());

        List<Map<String, Object>> ofRun = GraphQLTestClient.as(RunFixtures.ANALYST)
                .runOk("modelApplications", Map.of("runId", runId))
                .getList("data.modelApplications");
        assertTrue(ofRun.stream().anyMatch(a -> id.equals(a.get("id"))), ofRun.toString());
        assertNotEquals(0, ofRun.size());
    }

    @Test
    void aRunComparedWithItselfMatchesEverySegmentToItselfWithAnAriOfOne() {
        String runId = run();
        JsonPath same = GraphQLTestClient.as(RunFixtures.ANALYST).runOk("compareRuns", Map.of("a", runId, "b", runId));
        assertEquals(1.0, same.getDouble("data.compareRuns.adjustedRandIndex"), 1e-9, same.prettify());
        assertEquals(0.0, same.getDouble("data.compareRuns.totalCentreMovement"), 1e-9);
        List<List<Integer>> migration = same.getList("data.compareRuns.migration");
        for (int i = 0; i < migration.size(); i++) {
            for (int j = 0; j < migration.get(i).size(); j++) {
                assertEquals(i == j, migration.get(i).get(j) > 0, "identity migration: " + migration);
            }
        }
        for (Map<String, Object> match : same.<Map<String, Object>>getList("data.compareRuns.matches")) {
            assertEquals(match.get("segmentNumberA"), match.get("segmentNumberB"), match.toString());
        }
    }

    @Test
    void twoSeedsOnTheSameDataAreMatchedAndTheirAriIsTheOneComputedHere() {
        String first = run();
        String second = fitted(SuiteStub.MCDONALDS, "98765");

        JsonPath compared =
                GraphQLTestClient.as(RunFixtures.ANALYST).runOk("compareRuns", Map.of("a", first, "b", second));
        Map<String, Integer> a = segments("assignments", "runId", first);
        Map<String, Integer> b = segments("assignments", "runId", second);
        assertEquals(a.size(), compared.getInt("data.compareRuns.respondentsInBoth"));
        List<String> ids = List.copyOf(a.keySet());
        assertEquals(
                pairCountingAri(ids, a, b),
                compared.getDouble("data.compareRuns.adjustedRandIndex"),
                1e-6,
                compared.prettify());
        // the migration table is the cross-tabulation of the two runs' assignments
        List<List<Integer>> migration = compared.getList("data.compareRuns.migration");
        for (String id : ids.subList(0, 50)) {
            assertTrue(migration.get(a.get(id) - 1).get(b.get(id) - 1) > 0, id);
        }
        // each match pairs the segments that share the most respondents (stable data: the same segments)
        for (Map<String, Object> match : compared.<Map<String, Object>>getList("data.compareRuns.matches")) {
            List<Integer> row = migration.get((Integer) match.get("segmentNumberA") - 1);
            int largest = row.indexOf(row.stream().max(Integer::compare).orElseThrow()) + 1;
            assertEquals(largest, match.get("segmentNumberB"), compared.prettify());
        }
    }

    @Test
    void aWaveAlsoClusteredAfreshIsComparedWithTheModelOverItsPanelRespondents() {
        String model = run();
        String refit = fitted(SuiteStub.MCDONALDS_WAVE2, "4321");

        String applicationId = applied(SuiteStub.MCDONALDS_WAVE2).getString("data.modelApplication.id");
        JsonPath answer =
                GraphQLTestClient.as(RunFixtures.ANALYST).runOk("refitComparison", Map.of("id", applicationId));
        Map<String, Object> comparison = answer.getMap("data.modelApplication.refitComparison");
        assertEquals(model, comparison.get("runA"), answer.prettify());
        assertEquals(refit, comparison.get("runB"), answer.prettify());
        // the first wave's 1,453 respondents are all in the second wave under the same ids (a panel)
        assertEquals(segments("assignments", "runId", model).size(), comparison.get("respondentsInBoth"));
        List<List<Integer>> migration = answer.getList("data.modelApplication.refitComparison.migration");
        int total = migration.stream()
                .flatMap(List::stream)
                .mapToInt(Integer::intValue)
                .sum();
        assertEquals(comparison.get("respondentsInBoth"), total, "the migration table counts the panel");
        assertEquals(4, ((List<?>) comparison.get("matches")).size(), answer.prettify());
    }

    /** The adjusted Rand index by counting pairs directly (Hubert and Arabie), independent of the service's table. */
    private static double pairCountingAri(List<String> ids, Map<String, Integer> a, Map<String, Integer> b) {
        long both = 0;
        long onlyA = 0;
        long onlyB = 0;
        long pairs = 0;
        for (int i = 0; i < ids.size(); i++) {
            for (int j = i + 1; j < ids.size(); j++) {
                boolean sameA = a.get(ids.get(i)).equals(a.get(ids.get(j)));
                boolean sameB = b.get(ids.get(i)).equals(b.get(ids.get(j)));
                both += sameA && sameB ? 1 : 0;
                onlyA += sameA ? 1 : 0;
                onlyB += sameB ? 1 : 0;
                pairs++;
            }
        }
        double expected = (double) onlyA * onlyB / pairs;
        return (both - expected) / ((onlyA + onlyB) / 2.0 - expected);
    }

    /** Applies the run's model to a survey and waits until the application has succeeded. */
    private static JsonPath applied(String surveyId) {
        String id = GraphQLTestClient.as(RunFixtures.ANALYST)
                .runOk("applyModel", Map.of("runId", run(), "surveyId", surveyId))
                .getString("data.applyModel.id");
        return awaitApplication(id);
    }

    private static JsonPath awaitApplication(String id) {
        long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
        while (System.nanoTime() < deadline) {
            JsonPath application =
                    GraphQLTestClient.as(RunFixtures.ANALYST).runOk("modelApplication", Map.of("id", id));
            String status = application.getString("data.modelApplication.status");
            if ("SUCCEEDED".equals(status)) {
                return application;
            }
            if ("FAILED".equals(status)) {
                fail("the application failed: " + application.prettify());
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        fail("application " + id + " did not succeed within a minute");
        return null;
    }

    /** Respondent id to segment number, over every page of a connection. */
    private static Map<String, Integer> segments(String operation, String idVariable, String id) {
        Map<String, Integer> segments = new HashMap<>();
        String after = null;
        do {
            Map<String, Object> variables = new HashMap<>();
            variables.put(idVariable, id);
            variables.put("first", 1000);
            variables.put("after", after);
            JsonPath page = GraphQLTestClient.as(RunFixtures.ANALYST).runOk(operation, variables);
            for (Map<String, Object> edge : page.<Map<String, Object>>getList("data." + operation + ".edges")) {
                Map<?, ?> node = (Map<?, ?>) edge.get("node");
                segments.put((String) node.get("respondentId"), (Integer) node.get("segmentNumber"));
            }
            after = page.getBoolean("data." + operation + ".pageInfo.hasNextPage")
                    ? page.getString("data." + operation + ".pageInfo.endCursor")
                    : null;
        } while (after != null);
        return segments;
    }
}
