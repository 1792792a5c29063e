package org.psychograph.gateway;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ThreadLocalRandom;
import org.psychograph.testing.GraphQLTestClient;
import org.psychograph.testing.TestTokens;

/**
 * A W3C trace of a test's own, sent with its request as a traced caller would. The gateway continues the caller's
 * trace on every downstream call, so the stub calls carrying this trace id are exactly the ones made for this
 * request. A late call of an earlier test (the gateway retries a timed-out query for up to 10 s, long after that
 * test has ended) carries that test's trace, so it is never counted as this one's.
 */
final class CallerTrace {

    private static final HexFormat HEX = HexFormat.of();

    private final String traceId;

    private CallerTrace(String traceId) {
        this.traceId = traceId;
    }

    static CallerTrace fresh() {
        // an all-zero trace id is invalid: the gateway would start a trace of its own
        String traceId;
        do {
            traceId = randomHex(16);
        } while (traceId.chars().allMatch(c -> c == '0'));
        return new CallerTrace(traceId);
    }

    /**
     * The header the caller sends: a fresh parent span id, flags 00 (not sampled, as most callers' traces are; the
     * context travels downstream all the same).
     */
    String traceparent() {
        return "00-" + traceId + "-" + randomHex(8) + "-00";
    }

    /** Runs the named document as {@code token} within this trace; fails when the answer carries errors. */
    JsonPath runOk(String token, String document, Map<String, Object> variables) {
        Map<String, Object> body = new HashMap<>();
        body.put("query", GraphQLTestClient.load(document));
        body.put("variables", variables);
        JsonPath answer = given().contentType(ContentType.JSON)
                .header("Authorization", TestTokens.bearer(token))
                .header("traceparent", traceparent())
                .body(body)
                .when()
                .post("/graphql")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        if (answer.get("errors") != null) {
            throw new AssertionError(document + " answered errors: " + answer.prettify());
        }
        return answer;
    }

    /** The GraphQL calls {@code service}'s stub received within this trace. */
    List<Map<String, Object>> callsTo(String service) {
        return Stubs.of(service).calls().stream()
                .filter(call -> traceId.equals(traceIdOf(call)))
                .toList();
    }

    /** Calls within this trace per operation, as {@link Stubs#counts()} counts them for every caller. */
    Map<String, Integer> countsAt(String service) {
        Map<String, Integer> counts = new TreeMap<>();
        for (Map<String, Object> call : callsTo(service)) {
            counts.merge(String.valueOf(call.get("operation")), 1, Integer::sum);
        }
        return counts;
    }

    /** The documents {@code service}'s stub received within this trace. */
    List<String> documentsAt(String service) {
        return callsTo(service).stream()
                .map(call -> String.valueOf(call.get("document")))
                .toList();
    }

    private static String traceIdOf(Map<String, Object> call) {
        String[] parts = String.valueOf(call.get("traceparent")).split("-");
        return parts.length == 4 ? parts[1] : null;
    }

    private static String randomHex(int bytes) {
        byte[] random = new byte[bytes];
        ThreadLocalRandom.current().nextBytes(random);
        return HEX.formatHex(random);
    }

    @Override
    public String toString() {
        return "trace " + traceId;
    }
}
