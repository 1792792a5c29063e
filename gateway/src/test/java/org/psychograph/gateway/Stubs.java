package org.psychograph.gateway;

import static io.restassured.RestAssured.given;

import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.ConfigProvider;

/** The test side of a stub service: its counters and switches, over its control endpoints. */
record Stubs(String base) {

    static Stubs of(String service) {
        String url = ConfigProvider.getConfig()
                .getValue("quarkus.smallrye-graphql-client." + service + ".url", String.class);
        return new Stubs(url.replaceFirst("/graphql$", ""));
    }

    /** Resets all three stubs and every circuit breaker: each test starts from healthy services. */
    static void resetAll() {
        for (String service : List.of("survey", "segmentation", "persona")) {
            of(service).reset();
        }
        CircuitBreakerMaintenance.get().resetAll();
    }

    /**
     * Waits until no stub has received a request for a moment (at most 3 s), then resets them all and the breakers:
     * calls of an earlier test still in flight (a partial answer returns before every downstream call has ended)
     * should have failed or ended before the breakers start afresh. A late retry can still arrive after it, so tests
     * that count calls count only their own ({@link CallerTrace}).
     */
    static void resetAllWhenQuiet() {
        List<Stubs> stubs = List.of(of("survey"), of("segmentation"), of("persona"));
        long deadline = System.nanoTime() + 3_000_000_000L;
        int before = -1;
        while (System.nanoTime() < deadline) {
            int now = stubs.stream()
                    .mapToInt(s -> s.counts().values().stream()
                            .mapToInt(Integer::intValue)
                            .sum())
                    .sum();
            if (now == before) {
                break;
            }
            before = now;
            try {
                Thread.sleep(150);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        resetAll();
    }

    void reset() {
        given().post(base + "/_stub/reset").then().statusCode(200);
    }

    void down() {
        given().post(base + "/_stub/mode?down=true").then().statusCode(200);
    }

    /** Answers HTTP 401 to every GraphQL call, as a service with another audience setting would. */
    void rejectTokens() {
        given().post(base + "/_stub/mode?rejectTokens=true").then().statusCode(200);
    }

    /** Answers every GraphQL call with this HTTP status (a 4xx: the service refusing the request, not failing). */
    void refuseWith(int status) {
        given().post(base + "/_stub/mode?status=" + status).then().statusCode(200);
    }

    void slow(long millis) {
        given().post(base + "/_stub/mode?delay=" + millis).then().statusCode(200);
    }

    void up() {
        given().post(base + "/_stub/mode").then().statusCode(200);
    }

    Map<String, Integer> counts() {
        return given().get(base + "/_stub/counts")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getMap("", String.class, Integer.class);
    }

    int count(String operation) {
        return counts().getOrDefault(operation, 0);
    }

    List<String> authorizations() {
        return given().get(base + "/_stub/authorizations")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("", String.class);
    }

    /**
     * Every GraphQL call answered (not refused by {@link #down()} and the like): operation, variables, Authorization
     * and traceparent headers, and document. A test's own calls are those carrying its {@link CallerTrace}.
     */
    List<Map<String, Object>> calls() {
        return given().get(base + "/_stub/calls")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("");
    }

    List<String> documents() {
        return given().get(base + "/_stub/documents")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("", String.class);
    }
}
