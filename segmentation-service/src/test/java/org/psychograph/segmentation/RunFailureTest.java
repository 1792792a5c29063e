package org.psychograph.segmentation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.psychograph.segmentation.config.DatasourceConfig;
import org.psychograph.segmentation.config.WorkerConfig;
import org.psychograph.segmentation.model.ClaimedTask;
import org.psychograph.segmentation.outbox.OutboxRelay;
import org.psychograph.segmentation.pipeline.TaskPipeline;
import org.psychograph.segmentation.queue.TaskQueue;
import org.psychograph.segmentation.queue.TaskWorker;
import org.psychograph.segmentation.stub.SuiteStub;
import org.psychograph.segmentation.stub.SuiteStubResource;
import org.psychograph.testing.GraphQLTestClient;
import org.psychograph.testing.PostgresTestResource;

/** Workers that die, poison tasks, cancellation, several workers, and an outbox whose receiver is down. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(SuiteStubResource.class)
class RunFailureTest {

    @Inject
    TaskWorker worker;

    @Inject
    TaskQueue queue;

    @Inject
    TaskPipeline pipeline;

    @Inject
    Vertx vertx;

    @Inject
    WorkerConfig config;

    @Inject
    DatasourceConfig datasource;

    @Inject
    org.psychograph.segmentation.queue.TaskTracing tracing;

    @Inject
    Pool pool;

    @Inject
    OutboxRelay relay;

    TaskWorker second;

    @Inject
    io.smallrye.faulttolerance.api.CircuitBreakerMaintenance breakers;

    @AfterEach
    void restore() {
        // the poison test opens the breaker in front of survey-service on purpose
        breakers.resetAll();
        worker.start();
        if (second != null) {
            second.stop();
        }
        SuiteStub.get().personaUp(true);
    }

    @Test
    void aWorkerThatDiesMidRunIsReplacedAndTheResultIsTheSame() {
        String reference = RunFixtures.start(RunFixtures.quickStudy(4242));
        RunFixtures.await(reference, Set.of("SUCCEEDED"), Duration.ofMinutes(3));

        worker.stop();
        String runId = RunFixtures.start(RunFixtures.quickStudy(4242));
        // a worker takes the PREPARE task with a 1 s lease and dies without a word
        Optional<ClaimedTask> taken = queue.claim("doomed-worker", Duration.ofSeconds(1));
        assertTrue(taken.isPresent());
        assertEquals(UUID.fromString(runId), taken.get().runId());
        worker.start();
        RunFixtures.await(runId, Set.of("SUCCEEDED"), Duration.ofMinutes(3));

        assertEquals(evidence(reference), evidence(runId));
        assertEquals(2, attemptsOfPrepare(runId), "the abandoned attempt counts");
    }

    @Test
    void twoWorkersOnOneRunGiveTheSameResultAsOne() {
        String single = RunFixtures.start(RunFixtures.quickStudy(777));
        RunFixtures.await(single, Set.of("SUCCEEDED"), Duration.ofMinutes(3));

        second = new TaskWorker(queue, pipeline, vertx, config, datasource, tracing);
        second.start();
        String shared = RunFixtures.start(RunFixtures.quickStudy(777));
        RunFixtures.await(shared, Set.of("SUCCEEDED"), Duration.ofMinutes(3));
        assertEquals(evidence(single), evidence(shared));
        // every task of the shared run was done by one of the two workers (the queue decides which)
        List<String> owners = new java.util.ArrayList<>();
        pool.preparedQuery("SELECT DISTINCT lease_owner FROM segmentation_task WHERE run_id = $1 AND status = 'DONE'")
                .execute(Tuple.of(UUID.fromString(shared)))
                .await()
                .indefinitely()
                .forEach(row -> owners.add(row.getString(0)));
        assertTrue(!owners.isEmpty() && Set.of(worker.owner(), second.owner()).containsAll(owners), owners.toString());
    }

    @Test
    void aPoisonJobEndsFailedAfterItsAttemptsWithTheErrorVisible() {
        Map<String, Object> input = new HashMap<>(RunFixtures.quickStudy(1));
        input.put("surveyId", SuiteStub.BROKEN);
        // the start check already reads the broken survey's matrix: the caller learns at once
        JsonPath started = GraphQLTestClient.as(RunFixtures.ANALYST).run("startSegmentation", Map.of("input", input));
        assertEquals("UNAVAILABLE", started.getString("errors[0].extensions.code"), started.prettify());

        // a run whose data disappears after it was accepted: its PREPARE task fails on every attempt
        String runId = acceptedThenPointedAt(SuiteStub.BROKEN, 1);
        JsonPath failed = RunFixtures.await(runId, Set.of("FAILED"), Duration.ofMinutes(2));
        String error = failed.getString("data.run.error");
        assertTrue(error.contains("PREPARE task failed on attempt 3 of 3"), error);
        assertEquals(3, attemptsOfPrepare(runId));
    }

    @Test
    void aMatrixRefusedBySurveyServiceIsNotRetriedWithinAnAttempt() {
        String runId = acceptedThenPointedAt(SuiteStub.REFUSED, 2);
        JsonPath failed = RunFixtures.await(runId, Set.of("FAILED"), Duration.ofMinutes(2));
        String error = failed.getString("data.run.error");
        assertTrue(error.contains("refused the matrix page (HTTP 404)"), error);
        // one page request per PREPARE attempt: a refusal is final (a 5xx would be asked 4 times per attempt)
        assertEquals(attemptsOfPrepare(runId), SuiteStub.get().matrixCalls.get(SuiteStub.REFUSED));
    }

    /** A run accepted on the good survey, then (before any worker reads it) pointed at another one. */
    private String acceptedThenPointedAt(String surveyId, long seed) {
        worker.stop();
        String runId = RunFixtures.start(RunFixtures.quickStudy(seed));
        pool.preparedQuery("UPDATE segmentation_run SET survey_id = $2 WHERE id = $1")
                .execute(Tuple.of(UUID.fromString(runId), surveyId))
                .await()
                .indefinitely();
        worker.start();
        return runId;
    }

    @Test
    void cancelStopsARunWithinBoundedTime() {
        Map<String, Object> input = new HashMap<>(RunFixtures.quickStudy(5));
        input.put("kMax", 8);
        input.put("restarts", 300);
        input.put("bootstrapReplicates", 500);
        String runId = RunFixtures.start(input);
        RunFixtures.await(runId, Set.of("RUNNING"), Duration.ofMinutes(1));
        long started = System.nanoTime();
        assertEquals(
                "CANCELLED",
                GraphQLTestClient.as(RunFixtures.ANALYST)
                        .runOk("cancelRun", Map.of("id", runId))
                        .getString("data.cancelRun.status"));
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        long active;
        do {
            active = pool.preparedQuery("SELECT count(*) FROM segmentation_task WHERE run_id = $1 AND status IN "
                            + "('QUEUED', 'RUNNING')")
                    .execute(Tuple.of(UUID.fromString(runId)))
                    .await()
                    .indefinitely()
                    .iterator()
                    .next()
                    .getLong(0);
        } while (active > 0 && System.nanoTime() < deadline);
        assertEquals(0, active, "no task of a cancelled run is waiting or running");
        assertTrue(System.nanoTime() - started < Duration.ofSeconds(20).toNanos());
        assertEquals(
                "VALIDATION",
                GraphQLTestClient.as(RunFixtures.ANALYST)
                        .run("cancelRun", Map.of("id", runId))
                        .getString("errors[0].extensions.code"),
                "a finished run cannot be cancelled again");
    }

    @Test
    void theOutboxSurvivesAPersonaServiceThatIsDown() throws InterruptedException {
        SuiteStub.get().personaUp(false);
        String runId = RunFixtures.start(RunFixtures.quickStudy(31));
        RunFixtures.await(runId, Set.of("SUCCEEDED"), Duration.ofMinutes(3));
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        int attempts = 0;
        while (attempts < 2 && System.nanoTime() < deadline) {
            Thread.sleep(200);
            attempts = outbox(runId, "attempts");
        }
        assertTrue(attempts >= 2, "delivery was tried and retried while persona-service was down");
        assertEquals(0, outbox(runId, "CASE WHEN delivered_at IS NULL THEN 0 ELSE 1 END"));
        assertTrue(!SuiteStub.get().generatePersonasCalls.contains(runId));

        SuiteStub.get().personaUp(true);
        deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!SuiteStub.get().generatePersonasCalls.contains(runId) && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        assertTrue(SuiteStub.get().generatePersonasCalls.contains(runId), "delivered once persona-service is back");
        Thread.sleep(500);
        assertEquals(1, outbox(runId, "CASE WHEN delivered_at IS NULL THEN 0 ELSE 1 END"));
    }

    private int outbox(String runId, String expression) {
        return pool.preparedQuery("SELECT " + expression + " FROM outbox_event WHERE run_id = $1")
                .execute(Tuple.of(UUID.fromString(runId)))
                .await()
                .indefinitely()
                .iterator()
                .next()
                .getInteger(0);
    }

    private int attemptsOfPrepare(String runId) {
        return pool.preparedQuery("SELECT attempts FROM segmentation_task WHERE run_id = $1 AND kind = 'PREPARE'")
                .execute(Tuple.of(UUID.fromString(runId)))
                .await()
                .indefinitely()
                .iterator()
                .next()
                .getInteger(0);
    }

    /** Everything the evidence and chosen solution say, without ids and times. */
    private static List<Object> evidence(String runId) {
        JsonPath run = RunFixtures.full(runId);
        return List.of(
                run.getList("data.run.candidates"),
                run.getInt("data.run.recommendedK"),
                run.getList("data.run.segments.size"),
                run.getList("data.run.segments.label"),
                run.getList("data.run.segments.profile"),
                run.getString("data.run.provenance.dataFingerprint"));
    }
}
