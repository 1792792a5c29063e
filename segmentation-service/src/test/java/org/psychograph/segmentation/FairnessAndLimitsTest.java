package org.psychograph.segmentation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.psychograph.segmentation.model.ClaimedTask;
import org.psychograph.segmentation.queue.TaskQueue;
import org.psychograph.segmentation.queue.TaskWorker;
import org.psychograph.segmentation.repository.RunStateRepository;
import org.psychograph.segmentation.repository.TaskRepository;
import org.psychograph.segmentation.stub.SuiteStub;
import org.psychograph.segmentation.stub.SuiteStubResource;
import org.psychograph.testing.GraphQLTestClient;
import org.psychograph.testing.PostgresTestResource;
import org.psychograph.testing.TestTokens;

/** One workspace's work cannot starve another's, and no request may start a run of unbounded cost. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(SuiteStubResource.class)
class FairnessAndLimitsTest {

    private static final String GLOBEX_ANALYST = TestTokens.analyst("globex");

    @Inject
    TaskWorker worker;

    @Inject
    TaskQueue queue;

    @Inject
    Pool pool;

    @Inject
    TaskRepository tasks;

    @Inject
    RunStateRepository runStates;

    @AfterEach
    void restore() {
        worker.start();
    }

    private static Map<String, Object> small(String surveyId, long seed) {
        Map<String, Object> input = new HashMap<>();
        input.put("surveyId", surveyId);
        input.put("k", 2);
        input.put("restarts", 2);
        input.put("bootstrapReplicates", 0);
        input.put("seed", Long.toString(seed));
        return input;
    }

    @Test
    void theNextTaskComesFromTheLeastBusyWorkspaceAndNoWorkspaceExceedsItsLimit() {
        worker.stop();
        String acmeFirst = RunFixtures.start(small(SuiteStub.MCDONALDS, 1));
        String acmeSecond = RunFixtures.start(small(SuiteStub.MCDONALDS, 2));
        String globex = GraphQLTestClient.as(GLOBEX_ANALYST)
                .runOk("startSegmentation", Map.of("input", small(SuiteStub.OTHER_WORKSPACE, 3)))
                .getString("data.startSegmentation.id");

        Optional<ClaimedTask> first = queue.claim("fairness-test", Duration.ofSeconds(1));
        assertEquals(UUID.fromString(acmeFirst), first.orElseThrow().runId(), "oldest first among idle workspaces");
        Optional<ClaimedTask> second = queue.claim("fairness-test", Duration.ofSeconds(1));
        assertEquals(
                UUID.fromString(globex),
                second.orElseThrow().runId(),
                "globex's run goes before acme's second one: acme already has a task running");

        // a queue that lets a workspace run one task at a time now has nothing to give: both are at their limit
        TaskQueue limited = new TaskQueue(tasks, runStates, 1);
        assertTrue(
                limited.claim("fairness-test", Duration.ofSeconds(1)).isEmpty(),
                "acme's second run waits while acme is at its limit");

        worker.start();
        for (String run : new String[] {acmeFirst, acmeSecond}) {
            RunFixtures.await(run, Set.of("SUCCEEDED"), Duration.ofMinutes(2));
        }
        JsonPath done = GraphQLTestClient.as(GLOBEX_ANALYST).runOk("runStatus", Map.of("id", globex));
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (!"SUCCEEDED".equals(done.getString("data.run.status")) && System.nanoTime() < deadline) {
            done = GraphQLTestClient.as(GLOBEX_ANALYST).runOk("runStatus", Map.of("id", globex));
        }
        assertEquals("SUCCEEDED", done.getString("data.run.status"), "the abandoned claims were taken over");
    }

    @Test
    void aRunWithTooManyFitsIsRefusedNamingTheLimit() {
        Map<String, Object> huge = new HashMap<>(RunFixtures.quickStudy(1));
        huge.put("kMin", 2);
        huge.put("kMax", 50);
        huge.put("restarts", 1000);
        huge.put("bootstrapReplicates", 1000);
        JsonPath answer = GraphQLTestClient.as(RunFixtures.ANALYST).run("startSegmentation", Map.of("input", huge));
        assertEquals("VALIDATION", answer.getString("errors[0].extensions.code"), answer.prettify());
        assertEquals("restarts", answer.getString("errors[0].extensions.field"));
        assertTrue(answer.getString("errors[0].message").contains("156800 k-means fits"), answer.prettify());
        assertTrue(answer.getString("errors[0].message").contains("limit is 20000"), answer.prettify());
    }

    @Test
    void aRunAboveTheCostCeilingIsRefusedWithItsArithmetic() {
        // 9 k x (100 restarts + 2 x (800 bootstrap pairs + 80 on the structureless reference)) = 16,740 fits,
        // under the fit limit; x 1453 x 11 is not
        Map<String, Object> costly = new HashMap<>(RunFixtures.quickStudy(1));
        costly.put("kMin", 2);
        costly.put("kMax", 10);
        costly.put("restarts", 100);
        costly.put("bootstrapReplicates", 800);
        JsonPath answer = GraphQLTestClient.as(RunFixtures.ANALYST).run("startSegmentation", Map.of("input", costly));
        assertEquals("VALIDATION", answer.getString("errors[0].extensions.code"), answer.prettify());
        assertTrue(
                answer.getString("errors[0].message").contains("16740 fits x 1453 respondents x 11 basis questions"),
                answer.prettify());
    }
}
