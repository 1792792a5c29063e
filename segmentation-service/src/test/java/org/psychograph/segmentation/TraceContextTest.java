package org.psychograph.segmentation;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.psychograph.segmentation.stub.SuiteStub;
import org.psychograph.segmentation.stub.SuiteStubResource;
import org.psychograph.testing.GraphQLTestClient;
import org.psychograph.testing.PostgresTestResource;
import org.psychograph.testing.TestTokens;

/**
 * The trace of the request that starts a run continues into the worker: every task of the run executes in a
 * span of the caller's trace, although it is claimed from the queue on another thread (or in another process).
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(SuiteStubResource.class)
class TraceContextTest {

    private static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";
    private static final String CALLER_SPAN = "00f067aa0ba902b7";

    @Inject
    RecordedSpans spans;

    @Test
    void everyTaskOfARunContinuesTheTraceOfTheRequestThatStartedIt() {
        Map<String, Object> body = new HashMap<>();
        body.put("query", GraphQLTestClient.load("startSegmentation"));
        body.put("variables", Map.of("input", RunFixtures.quickStudy(77)));
        JsonPath started = given().contentType("application/json")
                .header("Authorization", TestTokens.bearer(RunFixtures.ANALYST))
                .header("traceparent", "00-" + TRACE_ID + "-" + CALLER_SPAN + "-01")
                .body(body)
                .post("/graphql")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertNull(started.get("errors"), started.prettify());
        String runId = started.getString("data.startSegmentation.id");
        RunFixtures.await(runId, Set.of("SUCCEEDED"), Duration.ofMinutes(3));

        assertTrue(
                SuiteStub.get().matrixTraceparents.stream().anyMatch(t -> t != null && t.contains(TRACE_ID)),
                "PREPARE's compact matrix request carries the run's trace: " + SuiteStub.get().matrixTraceparents);
        List<SpanData> trace = spans.inTrace(TRACE_ID);
        SpanData request = trace.stream()
                .filter(s -> s.getKind() == SpanKind.SERVER && CALLER_SPAN.equals(s.getParentSpanId()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no server span continues the caller's span: " + names(trace)));
        List<SpanData> tasks = trace.stream()
                .filter(s ->
                        s.getName().startsWith("segmentation ") && s.getName().endsWith(" task"))
                .toList();
        Set<String> kinds = tasks.stream().map(SpanData::getName).collect(Collectors.toSet());
        assertTrue(
                kinds.containsAll(Set.of(
                        "segmentation PREPARE task",
                        "segmentation CLUSTER task",
                        "segmentation BOOTSTRAP task",
                        "segmentation FINALISE task")),
                "task spans in the trace: " + kinds);
        for (SpanData task : tasks) {
            assertTrue(
                    ancestors(task, trace).contains(request.getSpanId()),
                    task.getName() + " descends from the request's span; trace: " + names(trace));
            assertEquals(
                    runId,
                    task.getAttributes().asMap().entrySet().stream()
                            .filter(e -> e.getKey().getKey().equals("psychograph.run.id"))
                            .findFirst()
                            .orElseThrow()
                            .getValue());
            assertNotEquals(StatusCode.ERROR, task.getStatus().getStatusCode(), task.getName() + " failed");
        }
    }

    /** The span ids above a span, up to the first parent not recorded (the caller's own span). */
    private static List<String> ancestors(SpanData span, List<SpanData> trace) {
        Map<String, SpanData> byId = trace.stream().collect(Collectors.toMap(SpanData::getSpanId, s -> s));
        List<String> above = new java.util.ArrayList<>();
        for (SpanData at = byId.get(span.getParentSpanId()); at != null; at = byId.get(at.getParentSpanId())) {
            above.add(at.getSpanId());
        }
        return above;
    }

    private static String names(List<SpanData> trace) {
        return trace.stream()
                .map(s -> s.getKind() + " " + s.getName() + " parent=" + s.getParentSpanId())
                .collect(Collectors.joining(", "));
    }
}
