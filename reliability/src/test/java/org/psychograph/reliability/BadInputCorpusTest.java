package org.psychograph.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.psychograph.stack.SuiteService;

/**
 * The bad-input corpus on the real stack: CSV and NDJSON files, GraphQL variables and arguments (through the gateway
 * and straight to each service) and tokens. Every case must get a clear answer (no HTTP 5xx, a coded error naming
 * what was wrong, no Java class names) and must write nothing: the corpus survey's response count is read before
 * and after each case. Positive controls (real exports that must be accepted) are in the corpus too.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BadInputCorpusTest {

    static CorpusFixture fixture;
    /** Each case's outcome, by display name, for the summary. */
    static final Map<String, Outcome> OUTCOMES = new ConcurrentHashMap<>();

    /** What one case did: passed, or its problems; whether it drew a 5xx or left a wrong response count. */
    record Outcome(CorpusCase corpusCase, boolean passed, boolean serverError, boolean rowsWrong, String detail) {}

    @BeforeAll
    static void setUp() throws Exception {
        fixture = CorpusFixture.create();
    }

    static Stream<CorpusCase> corpus() {
        return Stream.of(TokenCases.all(), GraphQLCases.all(), ImportCases.all())
                .flatMap(List::stream);
    }

    @Order(1)
    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void answersClearlyAndWritesNothing(CorpusCase corpusCase) throws Exception {
        if (corpusCase.disabled() != null) {
            OUTCOMES.put(corpusCase.toString(), new Outcome(corpusCase, false, false, false, corpusCase.disabled()));
            Assumptions.abort(corpusCase.disabled());
        }
        int before = fixture.corpusCount();
        RawHttp.Answer answer = corpusCase.request().send(fixture);
        int after = fixture.corpusCount();
        List<String> problems = new ArrayList<>(corpusCase.expect().problems(answer));
        boolean rowsWrong = after - before != corpusCase.expect().rowsAdded();
        if (rowsWrong) {
            problems.add("the corpus survey went from " + before + " to " + after + " responses, expected +"
                    + corpusCase.expect().rowsAdded());
        }
        String detail = problems.isEmpty() ? "" : problems + "; " + answer;
        OUTCOMES.put(
                corpusCase.toString(),
                new Outcome(corpusCase, problems.isEmpty(), answer.status() >= 500, rowsWrong, detail));
        assertTrue(problems.isEmpty(), corpusCase + ": " + detail);
    }

    /**
     * A run id that does not exist and another workspace's run answer alike (code and message with the id left
     * out), through the gateway and straight to persona-service: the answer must not tell which ids exist.
     */
    @Order(2)
    @Test
    void missingAndForeignRunIdsAnswerAlike() throws Exception {
        String missing = "00000000-0000-4000-8000-000000000000";
        for (SuiteService via : new SuiteService[] {SuiteService.GATEWAY, SuiteService.PERSONA}) {
            JsonNode unknown = fixture.graphql(via, "alice", "generatePersonas", Map.of("runId", missing))
                    .json();
            JsonNode foreign = fixture.graphql(via, "alice", "generatePersonas", Map.of("runId", fixture.globexRun))
                    .json();
            assertEquals(shape(unknown, missing), shape(foreign, fixture.globexRun), via.module());
        }
    }

    /** The first error's code and message, the id replaced by a placeholder. */
    private static String shape(JsonNode answer, String id) {
        JsonNode error = answer.path("errors").path(0);
        return error.path("extensions").path("code").asText() + ": "
                + error.path("message").asText().replace(id, "<id>");
    }

    @Order(3)
    @Test
    void summary() {
        List<CorpusCase> all = corpus().toList();
        assertTrue(all.size() >= 60, "the corpus has at least 60 cases: " + all.size());
        assertEquals(all.size(), OUTCOMES.size(), "every case ran before the summary");
        List<Outcome> outcomes = List.copyOf(OUTCOMES.values());
        long passed = outcomes.stream().filter(Outcome::passed).count();
        long serverErrors = outcomes.stream().filter(Outcome::serverError).count();
        long rowsWrong = outcomes.stream().filter(Outcome::rowsWrong).count();
        long positives = all.stream().filter(c -> c.expect().positive()).count();
        List<String> disabled = outcomes.stream()
                .filter(o -> o.corpusCase().disabled() != null)
                .map(o -> o.corpusCase().toString())
                .sorted()
                .toList();
        List<String> reasons = all.stream()
                .map(CorpusCase::disabled)
                .filter(Objects::nonNull)
                .distinct()
                .toList();
        List<String> failed = outcomes.stream()
                .filter(o -> !o.passed() && o.corpusCase().disabled() == null)
                .map(o -> o.corpusCase().toString())
                .sorted()
                .toList();
        Map<CorpusCase.Kind, Long> byKind =
                all.stream().collect(Collectors.groupingBy(CorpusCase::kind, Collectors.counting()));
        Figures.report(
                "bad-input corpus",
                all.size() + " cases (" + byKind.get(CorpusCase.Kind.TOKEN) + " tokens, "
                        + byKind.get(CorpusCase.Kind.GRAPHQL) + " GraphQL, " + byKind.get(CorpusCase.Kind.CSV)
                        + " CSV, "
                        + byKind.get(CorpusCase.Kind.NDJSON) + " NDJSON; " + positives + " of them positive controls): "
                        + passed + " answered as expected (" + (100 * passed / all.size()) + "%), " + serverErrors
                        + " HTTP 5xx, " + rowsWrong
                        + " left a wrong response count (rows stored by a request that had to "
                        + "be refused, or a control's rows missing)"
                        + (disabled.isEmpty()
                                ? ""
                                : "; not passing, disabled (" + disabled.size() + "): " + String.join("; ", disabled)
                                        + " [" + String.join("; ", reasons) + "]")
                        + (failed.isEmpty() ? "" : "; FAILED: " + String.join("; ", failed)));
        assertEquals(List.of(), failed, "cases that answered wrongly");
    }
}
