package org.psychograph.reliability;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.psychograph.stack.SuiteService;

/**
 * A tenant who sends, as fast as answers come, what issue 12 saw turn other tenants' reads UNAVAILABLE: 80 aliased
 * {@code survey(id)} fields, cross-service joins nested deep, a huge variable and bad ids in a loop. It counts its
 * requests and any answer that is a 5xx (its own requests must be refused, never crash anything).
 */
final class HostileTenant implements Runnable {

    private static final String DEEP = HostileQueries.deepSurvey(8);
    private static final String ALIASED = HostileQueries.aliasedSurveys(80);
    /** Just under the gateway's GraphQL body limit (1 MB): the largest id that is parsed at all. */
    private static final String LARGE = "x".repeat(900 * 1024);
    /** Over the limit: refused on its declared length, unread. */
    private static final String HUGE = "x".repeat(2 * 1024 * 1024);

    private final ReliabilityStack suite;
    private final Tokens tokens;
    private final String user;
    private final String surveyId;
    private final AtomicBoolean stop = new AtomicBoolean();
    final AtomicInteger requests = new AtomicInteger();
    final AtomicInteger serverErrors = new AtomicInteger();
    /** How each kind of request was answered ("huge variable: NOT_FOUND" -> count), for the report. */
    final Map<String, AtomicInteger> answers = new ConcurrentSkipListMap<>();

    HostileTenant(ReliabilityStack suite, Tokens tokens, String user, String surveyId) {
        this.suite = suite;
        this.tokens = tokens;
        this.user = user;
        this.surveyId = surveyId;
    }

    void stop() {
        stop.set(true);
    }

    @Override
    public void run() {
        String gateway = suite.stack.graphqlUrl(SuiteService.GATEWAY);
        List<Object[]> shapes = List.of(
                new Object[] {"80 aliases", ALIASED, Map.of("id", surveyId)},
                new Object[] {"deep", DEEP, Map.of("id", surveyId)},
                new Object[] {"900 KB id", ReliabilityStack.load("survey"), Map.of("id", LARGE)},
                new Object[] {"2 MB id", ReliabilityStack.load("survey"), Map.of("id", HUGE)},
                new Object[] {
                    "random survey id",
                    ReliabilityStack.load("survey"),
                    Map.of("id", UUID.randomUUID().toString())
                },
                new Object[] {
                    "NUL run id", ReliabilityStack.load("runStatus"), Map.of("id", "AA\u0000" + UUID.randomUUID())
                },
                new Object[] {
                    "random run id",
                    ReliabilityStack.load("generatePersonas"),
                    Map.of("runId", UUID.randomUUID().toString())
                });
        int i = 0;
        while (!stop.get()) {
            Object[] shape = shapes.get(i++ % shapes.size());
            try {
                @SuppressWarnings("unchecked")
                Map<String, Object> variables = (Map<String, Object>) shape[2];
                RawHttp.Answer answer = RawHttp.graphql(gateway, tokens.of(user), (String) shape[1], variables);
                requests.incrementAndGet();
                if (answer.status() >= 500) {
                    serverErrors.incrementAndGet();
                }
                // a GraphQL answer's first error code, or the code of a request refused before GraphQL (HTTP 4xx)
                String code = answer.json() == null
                        ? "HTTP " + answer.status()
                        : answer.json().has("code")
                                ? "HTTP " + answer.status() + " "
                                        + answer.json().get("code").asText()
                                : answer.json()
                                        .path("errors")
                                        .path(0)
                                        .path("extensions")
                                        .path("code")
                                        .asText("no error");
                answers.computeIfAbsent(shape[0] + ": " + code, k -> new AtomicInteger())
                        .incrementAndGet();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (Exception e) {
                // a refused connection is as bad as a 5xx for the others: count it
                requests.incrementAndGet();
                serverErrors.incrementAndGet();
            }
        }
    }
}
