package org.psychograph.reliability;

import static org.psychograph.reliability.CorpusCase.Kind.GRAPHQL;
import static org.psychograph.stack.SuiteService.GATEWAY;
import static org.psychograph.stack.SuiteService.PERSONA;
import static org.psychograph.stack.SuiteService.SEGMENTATION;
import static org.psychograph.stack.SuiteService.SURVEY;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.psychograph.stack.SuiteService;

/**
 * The GraphQL part of the corpus: bad variables and arguments sent by alice (an analyst of acme, so every refusal
 * is about the value, not the caller), through the gateway and straight to the service that owns the field.
 */
final class GraphQLCases {

    private static final String NUL = "\u0000";
    private static final String LONE_SURROGATE = "\ud800";
    private static final String NO_RUN = "00000000-0000-4000-8000-000000000000";
    private static final List<String> MCDONALDS_BASIS = List.of(
            "yummy",
            "convenient",
            "spicy",
            "fattening",
            "greasy",
            "fast",
            "cheap",
            "tasty",
            "expensive",
            "healthy",
            "disgusting");
    /** graphql-java's own errors (parse, schema validation, depth) carry no extensions.code in any service. */
    private static final String UNNAMED = "issue 12: an Int given as a float, sent straight to segmentation- or "
            + "persona-service, is coded VALIDATION now, but SmallRye's message ('Can not parse a integer from "
            + "[1.0E+10]') does not name the argument (the gateway, the public endpoint, does)";

    private static final String UNPARSEABLE = "issue 12: SmallRye GraphQL answers a document that does not parse "
            + "itself, before graphql-java and its instrumentations run: 'Unparseable input document' with "
            + "extensions.classification only, no extensions.code";

    private GraphQLCases() {}

    static List<CorpusCase> all() {
        List<CorpusCase> cases = new ArrayList<>();
        cases.addAll(text());
        cases.addAll(cursorsAndInts());
        cases.addAll(questions());
        cases.addAll(answers());
        cases.addAll(segmentation());
        cases.addAll(requests());
        return cases;
    }

    /** U+0000 and lone surrogates (PostgreSQL refuses the first, stores '?' for the second), and a 2 MB id. */
    private static List<CorpusCase> text() {
        return List.of(
                error(
                        "U+0000 in respondentId",
                        GATEWAY,
                        "submitResponses",
                        f -> submit(f, response("a" + NUL + "b", answer("likert", "3"))),
                        "respondentId",
                        "U+0000"),
                error(
                        "U+0000 in respondentId, survey-service",
                        SURVEY,
                        "submitResponses",
                        f -> submit(f, response("a" + NUL + "b", answer("likert", "3"))),
                        "respondentId",
                        "U+0000"),
                error(
                        "U+0000 in a TEXT answer",
                        GATEWAY,
                        "submitResponses",
                        f -> submit(f, response("g-nul", answer("note", "x" + NUL))),
                        "U+0000"),
                error(
                        "U+0000 in an attribute value",
                        SURVEY,
                        "submitResponses",
                        f -> submit(f, withAttribute(response("g-att", answer("likert", "3")), "crm", "gold" + NUL)),
                        "attributes",
                        "U+0000"),
                error(
                        "U+0000 in an attribute name",
                        GATEWAY,
                        "submitResponses",
                        f -> submit(f, withAttribute(response("g-att2", answer("likert", "3")), "c" + NUL, "gold")),
                        "attributes",
                        "U+0000"),
                error(
                        "lone surrogate in respondentId",
                        GATEWAY,
                        "submitResponses",
                        f -> submit(f, response("a" + LONE_SURROGATE, answer("likert", "3"))),
                        "respondentId",
                        "surrogate"),
                error(
                        "lone surrogate in a TEXT answer, survey-service",
                        SURVEY,
                        "submitResponses",
                        f -> submit(f, response("g-sur", answer("note", LONE_SURROGATE + "x"))),
                        "surrogate"),
                error(
                        "lone surrogate in a survey title",
                        GATEWAY,
                        "updateSurvey",
                        f -> Map.of("id", f.corpusSurvey, "input", Map.of("title", "t" + LONE_SURROGATE)),
                        "title",
                        "surrogate"),
                error(
                        "U+0000 in a survey title, survey-service",
                        SURVEY,
                        "updateSurvey",
                        f -> Map.of("id", f.corpusSurvey, "input", Map.of("title", "t" + NUL)),
                        "title",
                        "U+0000"),
                coded(
                        "U+0000 in a survey id",
                        GATEWAY,
                        "survey",
                        f -> Map.of("id", f.corpusSurvey + NUL),
                        "VALIDATION",
                        "NOT_FOUND"),
                coded(
                        "a survey id of 900 KB",
                        GATEWAY,
                        "survey",
                        f -> Map.of("id", "x".repeat(900 * 1024)),
                        "VALIDATION",
                        "NOT_FOUND"),
                CorpusCase.of(
                        GRAPHQL,
                        "a survey id of 2 MB (over the gateway's body limit)",
                        f -> f.graphql(GATEWAY, "alice", "survey", Map.of("id", "x".repeat(2 * 1024 * 1024))),
                        Expect.refused().mentioning("bytes")),
                coded(
                        "a survey id of 2 MB, survey-service",
                        SURVEY,
                        "survey",
                        f -> Map.of("id", "x".repeat(2 * 1024 * 1024)),
                        "VALIDATION",
                        "NOT_FOUND"),
                coded(
                        "U+0000 in a run id, segmentation-service",
                        SEGMENTATION,
                        "runStatus",
                        f -> Map.of("id", f.acmeRun + NUL),
                        "VALIDATION",
                        "NOT_FOUND"),
                coded(
                        "U+0000 in generatePersonas' runId",
                        GATEWAY,
                        "generatePersonas",
                        f -> Map.of("runId", f.acmeRun + NUL),
                        "VALIDATION",
                        "NOT_FOUND"));
    }

    /** Cursors that decode to garbage, and Int arguments that must be refused, not wrapped. */
    private static List<CorpusCase> cursorsAndInts() {
        return List.of(
                error("cursor \"AA\"", GATEWAY, "surveys", f -> Map.of("first", 5, "after", "AA"), "after"),
                error(
                        "cursor \"AA\", survey-service responses",
                        SURVEY,
                        "responses",
                        f -> Map.of("surveyId", f.corpusSurvey, "after", "AA"),
                        "after"),
                error(
                        "cursor that is no base64",
                        GATEWAY,
                        "responses",
                        f -> Map.of("surveyId", f.corpusSurvey, "after", "%%% not base64 %%%"),
                        "after"),
                error(
                        "cursor \"AA\", segmentation-service assignments",
                        SEGMENTATION,
                        "assignments",
                        f -> Map.of("runId", f.acmeRun, "after", "AA"),
                        "after"),
                error("first: 4294967297 as a literal", GATEWAY, "surveysFirstBeyondInt", f -> Map.of(), "first"),
                error(
                        "first: 4294967297 as a literal, survey-service",
                        SURVEY,
                        "surveysFirstBeyondInt",
                        f -> Map.of(),
                        "first"),
                error(
                        "first: 4294967297 as a variable",
                        GATEWAY,
                        "surveys",
                        f -> Map.of("first", 4_294_967_297L),
                        "first"),
                error("first: -1", GATEWAY, "responses", f -> Map.of("surveyId", f.corpusSurvey, "first", -1), "first"),
                error("first: 0, survey-service", SURVEY, "surveys", f -> Map.of("first", 0), "first"),
                error(
                                "first: 1e10, segmentation-service",
                                SEGMENTATION,
                                "assignments",
                                f -> Map.of("runId", f.acmeRun, "first", 1e10),
                                "first")
                        .disabled(UNNAMED),
                error(
                                "personaDiff from: 1e10, persona-service",
                                PERSONA,
                                "personaDiff",
                                f -> Map.of("id", NO_RUN, "from", 1e10, "to", 1),
                                "from")
                        .disabled(UNNAMED),
                error("chooseK k: 99", GATEWAY, "chooseK", f -> Map.of("runId", f.acmeRun, "k", 99), "k"));
    }

    /** Questions no survey should have: insane scales, limits of count and length. */
    private static List<CorpusCase> questions() {
        return List.of(
                error(
                        "LIKERT scaleMin 2147483647, scaleMax -2147483648",
                        GATEWAY,
                        "addQuestions",
                        f -> questions(
                                f,
                                CorpusFixture.question(
                                        "insane",
                                        "LIKERT",
                                        "BASIS",
                                        Map.of("scaleMin", Integer.MAX_VALUE, "scaleMax", Integer.MIN_VALUE))),
                        "scale"),
                error(
                        "LIKERT scaleMin 2147483647, scaleMax -2147483648, survey-service",
                        SURVEY,
                        "addQuestions",
                        f -> questions(
                                f,
                                CorpusFixture.question(
                                        "insane",
                                        "LIKERT",
                                        "BASIS",
                                        Map.of("scaleMin", Integer.MAX_VALUE, "scaleMax", Integer.MIN_VALUE))),
                        "scale"),
                error(
                        "1,001 questions",
                        GATEWAY,
                        "addQuestions",
                        f -> {
                            List<Map<String, Object>> many = new ArrayList<>();
                            for (int i = 0; i < 1001; i++) {
                                many.add(CorpusFixture.question("q" + i, "BINARY", "BASIS", Map.of()));
                            }
                            return Map.of("surveyId", f.draftSurvey, "questions", many);
                        },
                        "500"),
                error(
                        "an option label of 100 KB",
                        SURVEY,
                        "addQuestions",
                        f -> questions(
                                f,
                                CorpusFixture.question(
                                        "longopt",
                                        "SINGLE_CHOICE",
                                        "DESCRIPTOR",
                                        Map.of("options", List.of("a", "b".repeat(100 * 1024))))),
                        "option"),
                error(
                        "a question text of 100 KB",
                        GATEWAY,
                        "addQuestions",
                        f -> {
                            Map<String, Object> question =
                                    CorpusFixture.question("longtext", "BINARY", "BASIS", Map.of());
                            question.put("text", "t".repeat(100 * 1024));
                            return questions(f, question);
                        },
                        "text"));
    }

    /** Answers out of range or not finite, in submitResponses and assignSegment. */
    private static List<CorpusCase> answers() {
        return List.of(
                error(
                        "NUMERIC answer 1e308",
                        GATEWAY,
                        "submitResponses",
                        f -> submit(f, response("g-num1", answer("score", "1e308"))),
                        "score"),
                error(
                        "NUMERIC answer NaN",
                        SURVEY,
                        "submitResponses",
                        f -> submit(f, response("g-num2", answer("score", "NaN"))),
                        "score"),
                error(
                        "NUMERIC answer Infinity",
                        GATEWAY,
                        "submitResponses",
                        f -> submit(f, response("g-num3", answer("score", "Infinity"))),
                        "score"),
                error(
                        "NUMERIC answer -Infinity, survey-service",
                        SURVEY,
                        "submitResponses",
                        f -> submit(f, response("g-num4", answer("score", "-Infinity"))),
                        "score"),
                error(
                        "assignSegment: a BINARY answer of 7",
                        GATEWAY,
                        "assignSegment",
                        f -> assign(f, f.acmeRun, "yummy", 7),
                        "yummy",
                        "scale"),
                error(
                        "assignSegment: an answer of 1e308, segmentation-service",
                        SEGMENTATION,
                        "assignSegment",
                        f -> assign(f, f.acmeRun, "yummy", 1e308),
                        "yummy"),
                error(
                        "assignSegment: a question the run does not use",
                        GATEWAY,
                        "assignSegment",
                        f -> assign(f, f.acmeRun, "nosuchcode", 1),
                        "nosuchcode"),
                coded(
                        "assignSegment: an unknown run",
                        SEGMENTATION,
                        "assignSegment",
                        f -> assign(f, NO_RUN, "yummy", 1),
                        "NOT_FOUND"),
                error(
                        "responseMatrix: 5,000 repeated question codes",
                        GATEWAY,
                        "responseMatrix",
                        f -> Map.of("surveyId", f.corpusSurvey, "questionCodes", repeated("likert", 5000)),
                        "questionCodes",
                        "500"),
                error(
                        "responseMatrix: one code twice, survey-service",
                        SURVEY,
                        "responseMatrix",
                        f -> Map.of("surveyId", f.corpusSurvey, "questionCodes", List.of("likert", "likert")),
                        "likert"),
                error(
                        "responseMatrix: first 4294967297 rows",
                        GATEWAY,
                        "responseMatrix",
                        f -> Map.of("surveyId", f.corpusSurvey, "first", 4_294_967_297L),
                        "first"),
                error(
                        "submitResponses: 1,001 responses",
                        GATEWAY,
                        "submitResponses",
                        f -> {
                            List<Map<String, Object>> many = new ArrayList<>();
                            for (int i = 0; i < 1001; i++) {
                                many.add(response("g-many-" + i, answer("likert", "3")));
                            }
                            return Map.of("surveyId", f.corpusSurvey, "responses", many);
                        },
                        "1000"),
                error(
                        "deleteResponses: 1,001 ids",
                        SURVEY,
                        "deleteResponses",
                        f -> Map.of("surveyId", f.corpusSurvey, "respondentIds", numbered("x", 1001)),
                        "1000"),
                new CorpusCase(
                        GRAPHQL,
                        "submitResponses: one valid response (positive control), survey-service",
                        f -> f.graphql(
                                SURVEY,
                                "alice",
                                "submitResponses",
                                submit(f, response("g-ok", answer("likert", "4"), answer("score", "12.5")))),
                        Expect.graphqlData("/submitResponses").adding(1),
                        null));
    }

    /** startSegmentation's bounds and the run ids of generatePersonas. */
    private static List<CorpusCase> segmentation() {
        return List.of(
                error(
                        "startSegmentation: kMin 2, kMax 50, 1000 restarts, 1000 bootstrap replicates",
                        GATEWAY,
                        "startSegmentation",
                        f -> segment(f, Map.of("kMin", 2, "kMax", 50, "restarts", 1000, "bootstrapReplicates", 1000)),
                        "restarts"),
                error(
                        "startSegmentation: the same absurd cost, segmentation-service",
                        SEGMENTATION,
                        "startSegmentation",
                        f -> segment(f, Map.of("kMin", 2, "kMax", 50, "restarts", 1000, "bootstrapReplicates", 1000)),
                        "restarts"),
                error(
                        "startSegmentation: kMin 5 > kMax 2",
                        GATEWAY,
                        "startSegmentation",
                        f -> segment(f, Map.of("kMin", 5, "kMax", 2)),
                        "kMin"),
                error(
                        "startSegmentation: restarts -1, segmentation-service",
                        SEGMENTATION,
                        "startSegmentation",
                        f -> segment(f, Map.of("k", 2, "restarts", -1)),
                        "restarts"),
                error(
                        "startSegmentation: k 4294967297",
                        GATEWAY,
                        "startSegmentation",
                        f -> segment(f, Map.of("k", 4_294_967_297L)),
                        "k"),
                error(
                        "startSegmentation: a seed that is no number",
                        SEGMENTATION,
                        "startSegmentation",
                        f -> segment(f, Map.of("k", 2, "seed", "forty-two")),
                        "seed"),
                coded(
                        "generatePersonas: an unknown run id",
                        GATEWAY,
                        "generatePersonas",
                        f -> Map.of("runId", NO_RUN),
                        "NOT_FOUND"),
                coded(
                        "generatePersonas: another workspace's run id",
                        GATEWAY,
                        "generatePersonas",
                        f -> Map.of("runId", f.globexRun),
                        "NOT_FOUND"),
                coded(
                        "generatePersonas: an unknown run id, persona-service",
                        PERSONA,
                        "generatePersonas",
                        f -> Map.of("runId", NO_RUN),
                        "NOT_FOUND"),
                coded(
                        "generatePersonas: another workspace's run id, persona-service",
                        PERSONA,
                        "generatePersonas",
                        f -> Map.of("runId", f.globexRun),
                        "NOT_FOUND"),
                coded(
                        "generatePersonas: a run id that is no UUID",
                        GATEWAY,
                        "generatePersonas",
                        f -> Map.of("runId", "../../etc/passwd"),
                        "NOT_FOUND",
                        "VALIDATION"));
    }

    /** Whole requests that cost others: fan-out through aliases, a huge variable. */
    private static List<CorpusCase> requests() {
        return List.of(
                CorpusCase.of(
                        GRAPHQL,
                        "80 aliased survey(id) fields",
                        f -> f.document(
                                GATEWAY,
                                f.token("victor"),
                                HostileQueries.aliasedSurveys(80),
                                Map.of("id", f.corpusSurvey)),
                        Expect.graphqlError("VALIDATION").mentioning("root fields")),
                CorpusCase.of(
                        GRAPHQL,
                        "a 5 MB title variable",
                        f -> f.graphql(
                                GATEWAY,
                                "alice",
                                "updateSurvey",
                                Map.of("id", f.corpusSurvey, "input", Map.of("title", "t".repeat(5 * 1024 * 1024)))),
                        Expect.refused().mentioning("bytes")),
                CorpusCase.of(
                                GRAPHQL,
                                "a document that does not parse",
                                f -> f.document(
                                        GATEWAY,
                                        f.token("alice"),
                                        "query { surveys(first: 1 { totalCount } }",
                                        Map.of()),
                                Expect.graphqlError("VALIDATION"))
                        .disabled(UNPARSEABLE),
                CorpusCase.of(
                        GRAPHQL,
                        "a field the schema lacks, survey-service",
                        f -> f.document(SURVEY, f.token("alice"), "query { surveys(first: 1) { nope } }", Map.of()),
                        Expect.graphqlError("VALIDATION").mentioning("nope")),
                CorpusCase.of(
                        GRAPHQL,
                        "survey -> runs -> survey ... 8 levels deep",
                        f -> f.document(
                                GATEWAY, f.token("victor"), HostileQueries.deepSurvey(8), Map.of("id", f.corpusSurvey)),
                        Expect.graphqlError("VALIDATION").mentioning("depth")),
                CorpusCase.of(
                        GRAPHQL,
                        "first: \"ten\" (a String for an Int), segmentation-service",
                        f -> f.graphql(
                                SEGMENTATION, "alice", "assignments", Map.of("runId", f.acmeRun, "first", "ten")),
                        Expect.graphqlError("VALIDATION").mentioning("first")),
                new CorpusCase(
                        GRAPHQL,
                        "surveys(first: 10) (positive control)",
                        f -> f.graphql(GATEWAY, "alice", "surveys", Map.of("first", 10)),
                        Expect.graphqlData("/surveys/totalCount"),
                        null));
    }

    private static CorpusCase error(
            String name,
            SuiteService via,
            String operation,
            Function<CorpusFixture, Map<String, Object>> variables,
            String... mentions) {
        return CorpusCase.of(
                GRAPHQL,
                name,
                f -> f.graphql(via, "alice", operation, variables.apply(f)),
                Expect.graphqlError("VALIDATION").mentioning(mentions));
    }

    private static CorpusCase coded(
            String name,
            SuiteService via,
            String operation,
            Function<CorpusFixture, Map<String, Object>> variables,
            String... codes) {
        return CorpusCase.of(
                GRAPHQL, name, f -> f.graphql(via, "alice", operation, variables.apply(f)), Expect.graphqlError(codes));
    }

    private static Map<String, Object> submit(CorpusFixture f, Map<String, Object> response) {
        return Map.of("surveyId", f.corpusSurvey, "responses", List.of(response));
    }

    @SafeVarargs
    private static Map<String, Object> response(String id, Map<String, Object>... answers) {
        Map<String, Object> response = new HashMap<>();
        response.put("respondentId", id);
        response.put("answers", List.of(answers));
        return response;
    }

    private static Map<String, Object> withAttribute(Map<String, Object> response, String name, String value) {
        response.put("attributes", List.of(Map.of("name", name, "value", value)));
        return response;
    }

    private static Map<String, Object> answer(String code, String value) {
        return Map.of("questionCode", code, "value", value);
    }

    private static Map<String, Object> questions(CorpusFixture f, Map<String, Object> question) {
        return Map.of("surveyId", f.draftSurvey, "questions", List.of(question));
    }

    /**
     * The eleven basis answers of the McDonald's run (all 1) with {@code code} answered {@code value}; a code that is
     * no basis question takes the last one's place, so only that one thing is wrong.
     */
    private static Map<String, Object> assign(CorpusFixture f, String runId, String code, double value) {
        List<Map<String, Object>> answers = new ArrayList<>();
        for (String basis : MCDONALDS_BASIS) {
            answers.add(Map.of("questionCode", basis, "value", basis.equals(code) ? value : 1.0));
        }
        if (!MCDONALDS_BASIS.contains(code)) {
            answers.set(answers.size() - 1, Map.of("questionCode", code, "value", value));
        }
        return Map.of("runId", runId, "answers", answers);
    }

    private static Map<String, Object> segment(CorpusFixture f, Map<String, Object> settings) {
        Map<String, Object> input = new HashMap<>(settings);
        input.put("surveyId", f.corpusSurvey);
        return Map.of("input", input);
    }

    /** The same value, {@code times} times. */
    private static List<String> repeated(String value, int times) {
        return Collections.nCopies(times, value);
    }

    /** {@code prefix0}, {@code prefix1}, ...: {@code times} different values. */
    private static List<String> numbered(String prefix, int times) {
        List<String> values = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            values.add(prefix + i);
        }
        return values;
    }
}
