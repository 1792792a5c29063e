package org.psychograph.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.psychograph.stack.LocalStack;
import org.psychograph.stack.ManagedProcess;
import org.psychograph.stack.StackLayout;
import org.psychograph.stack.SuiteClient;
import org.psychograph.stack.SuiteService;

/**
 * The stack the main job starts (embedded PostgreSQL, Keycloak with the dev realm, the four packaged services),
 * started once per test JVM for every scenario, with what fault injection needs: segmentation work done only by
 * separate worker processes (so one can be killed) and short leases (so a dead worker's task is taken over in
 * seconds, not the deployed 30 s). Closed by a shutdown hook.
 */
final class ReliabilityStack {

    static final int TRIALS = Integer.getInteger("reliability.trials", 2);
    /** Ports: the stack's defaults moved by this offset (two harness runs side by side need different ones). */
    private static final int PORT_OFFSET = Integer.getInteger("reliability.port-offset", 300);

    private static final int FIRST_WORKER_PORT = 9090 + PORT_OFFSET;
    private static ReliabilityStack instance;
    private static Exception startFailure;

    final LocalStack stack;
    final String gateway;
    private final List<ManagedProcess> workers = new ArrayList<>();
    private int nextWorkerPort = FIRST_WORKER_PORT;
    private boolean closed;

    private ReliabilityStack(LocalStack stack) {
        this.stack = stack;
        this.gateway = stack.graphqlUrl(SuiteService.GATEWAY);
    }

    static synchronized ReliabilityStack get() {
        if (startFailure != null) {
            throw new IllegalStateException(
                    "the reliability stack did not start (see the first failure)", startFailure);
        }
        if (instance == null) {
            ReliabilityStack starting = null;
            try {
                Path state = Files.createTempDirectory("psychograph-reliability-");
                LocalStack stack = new LocalStack(
                                StackLayout.forProject().withStateDir(state),
                                LocalStack.Ports.shifted(PORT_OFFSET),
                                message -> System.out.println("[reliability] " + message))
                        .withEnvironment(
                                SuiteService.SEGMENTATION,
                                Map.of(
                                        "PSYCHOGRAPH_WORKER_ENABLED", "false",
                                        "PSYCHOGRAPH_WORKER_LEASE", "4S",
                                        "PSYCHOGRAPH_WORKER_POLL_INTERVAL", "1S",
                                        "PSYCHOGRAPH_OUTBOX_INTERVAL", "1S"));
                starting = new ReliabilityStack(stack);
                Runtime.getRuntime().addShutdownHook(new Thread(starting::close));
                stack.start(false);
                starting.startWorker();
                starting.startWorker();
                instance = starting;
            } catch (Exception e) {
                // later scenario classes fail at once instead of starting a second stack over the first one's ports
                startFailure = e;
                if (starting != null) {
                    starting.close();
                }
                throw new IllegalStateException("the reliability stack did not start", e);
            }
        }
        return instance;
    }

    /** One more worker process (the segmentation-service jar in its worker profile). */
    ManagedProcess startWorker() throws IOException, InterruptedException {
        ManagedProcess worker = stack.startWorker("worker-" + nextWorkerPort, nextWorkerPort++);
        workers.add(worker);
        return worker;
    }

    /** One more worker process bound to one core ({@link LocalStack#startWorkerOnCore}). */
    ManagedProcess startWorkerOnCore(int core) throws IOException, InterruptedException {
        ManagedProcess worker = stack.startWorkerOnCore("worker-" + nextWorkerPort, nextWorkerPort++, core);
        workers.add(worker);
        return worker;
    }

    /** Stops every worker process (runs then wait in the queue until one is started). */
    void stopWorkers() {
        workers.forEach(ManagedProcess::close);
        workers.clear();
    }

    List<ManagedProcess> liveWorkers() {
        workers.removeIf(w -> !w.isAlive());
        return List.copyOf(workers);
    }

    SuiteClient user(String name) throws IOException, InterruptedException {
        return new SuiteClient(SuiteClient.passwordToken(stack.keycloak().tokenEndpoint(), name, name));
    }

    String serviceAccountToken() throws IOException, InterruptedException {
        return SuiteClient.clientToken(
                stack.keycloak().tokenEndpoint(), LocalStack.WORKER_CLIENT, LocalStack.WORKER_SECRET);
    }

    String importUrl(SuiteService via, String surveyId, String query) {
        return stack.baseUrl(via) + "/surveys/" + surveyId + "/imports" + (query.isEmpty() ? "" : "?" + query);
    }

    /** survey-service's compact matrix page (ADR 0017), which only services and the survey-service port serve. */
    String matrixUrl(String surveyId) {
        return stack.baseUrl(SuiteService.SURVEY) + "/surveys/" + surveyId + "/matrix";
    }

    JsonNode ok(SuiteClient client, String operation, Map<String, Object> variables)
            throws IOException, InterruptedException {
        return client.graphql(gateway, load(operation), variables);
    }

    JsonNode raw(SuiteClient client, String operation, Map<String, Object> variables)
            throws IOException, InterruptedException {
        return client.graphqlRaw(gateway, load(operation), variables);
    }

    static String load(String operation) {
        try (InputStream in = ReliabilityStack.class.getResourceAsStream("/ops/" + operation + ".graphql")) {
            if (in == null) {
                throw new IllegalArgumentException("no operation " + operation);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A new OPEN survey with the demo's McDonald's questions, in the client's workspace. */
    String mcdonaldsSurvey(SuiteClient client, String title) throws IOException, InterruptedException {
        Map<?, ?> definition = SuiteClient.json()
                .readValue(
                        stack.layout()
                                .projectRoot()
                                .resolve("scripts/demo/mcdonalds-survey.json")
                                .toFile(),
                        Map.class);
        String id = ok(client, "createSurvey", Map.of("input", Map.of("title", title)))
                .at("/createSurvey/id")
                .asText();
        ok(client, "addQuestions", Map.of("surveyId", id, "questions", definition.get("questions")));
        ok(client, "openSurvey", Map.of("id", id));
        return id;
    }

    /** {@link #mcdonaldsSurvey} with the 1,453 public answers imported (ids mcd-1...). */
    String importedMcdonaldsSurvey(SuiteClient client, String title) throws IOException, InterruptedException {
        String id = mcdonaldsSurvey(client, title);
        var imported =
                client.postFile(importUrl(SuiteService.GATEWAY, id, "rowIdPrefix=mcd-"), "text/csv", mcdonaldsCsv());
        if (imported.getKey() != 200) {
            throw new IllegalStateException("the McDonald's import failed: " + imported.getValue());
        }
        return id;
    }

    Path mcdonaldsCsv() {
        return stack.layout().dataset("msa-mcdonalds/mcdonalds.csv");
    }

    int responseCount(SuiteClient client, String surveyId) throws IOException, InterruptedException {
        return ok(client, "responseCount", Map.of("surveyId", surveyId))
                .at("/responses/totalCount")
                .asInt();
    }

    /** Polls a run until it reaches the status; fails with its last state. */
    JsonNode awaitRun(SuiteClient client, String runId, String status, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        JsonNode run = null;
        while (System.nanoTime() < deadline) {
            run = ok(client, "runStatus", Map.of("id", runId)).get("run");
            if (status.equals(run.get("status").asText())) {
                return run;
            }
            if (List.of("SUCCEEDED", "FAILED", "CANCELLED")
                    .contains(run.get("status").asText())) {
                break;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("run " + runId + " did not become " + status + " within " + timeout + ": " + run);
    }

    private synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        workers.forEach(w -> w.stop(Duration.ofSeconds(10)));
        workers.clear();
        stack.close();
    }
}
