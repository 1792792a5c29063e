package org.psychograph.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.psychograph.testing.GraphQLTestClient;
import org.psychograph.testing.TestTokens;

/**
 * Under concurrency, every downstream call carries the token of the caller whose query caused it, for
 * root and batched fields alike: a mix-up would let one user act with another's rights.
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(DownstreamStubs.class)
class TokenPropagationTest {

    final String alice = TestTokens.analyst("acme");
    final String victor = TestTokens.viewer("acme");

    @BeforeEach
    void healthyServices() {
        Stubs.resetAll();
    }

    @Test
    void twoCallersAlternatingNeverGetEachOthersToken() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> answers = new ArrayList<>();
            for (int i = 0; i < 24; i++) {
                boolean first = i % 2 == 0;
                answers.add(pool.submit(() -> GraphQLTestClient.as(first ? alice : victor)
                        .runOk("surveyWithRuns", Map.of("id", first ? "s1" : "s2"))));
            }
            for (Future<?> answer : answers) {
                answer.get();
            }
        } finally {
            pool.shutdown();
        }
        // alice only ever asks about s1 (runs r1, r2), victor about s2 (run r3)
        Map<String, String> expected = Map.of(
                "s1",
                TestTokens.bearer(alice),
                "s2",
                TestTokens.bearer(victor),
                "r1",
                TestTokens.bearer(alice),
                "r3",
                TestTokens.bearer(victor));
        int checked = 0;
        for (String service : List.of("survey", "segmentation", "persona")) {
            for (Map<String, Object> call : Stubs.of(service).calls()) {
                String key = String.valueOf(call.get("variables")).replaceAll(".*?\\b(s1|s2|r1|r3)\\b.*", "$1");
                assertEquals(expected.get(key), call.get("authorization"), service + " " + call);
                checked++;
            }
        }
        assertEquals(24 * 3, checked, "each query: survey, runsOfSurveys, personasOfRuns");
    }
}
