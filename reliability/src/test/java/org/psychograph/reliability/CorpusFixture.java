package org.psychograph.reliability;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.psychograph.stack.SuiteClient;
import org.psychograph.stack.SuiteService;

/**
 * What the bad-input corpus aims at: a small OPEN survey of every answer type in acme (the target of every import
 * and write, whose response count must only grow by a positive control's rows), a DRAFT survey for question
 * limits, and a finished run in acme and one in globex (for assignSegment and for telling a missing run from another
 * workspace's). Plus the callers' tokens.
 */
final class CorpusFixture {

    /** The corpus survey's questions: one of each type the cases need, some bounded so that a bound can be broken. */
    static final String HEADER = "respondent_id,likert,score,note,colour,yes";

    final ReliabilityStack suite;
    final String corpusSurvey;
    final String draftSurvey;
    final String acmeRun;
    final String globexRun;
    private final Tokens tokens;

    private CorpusFixture(
            ReliabilityStack suite, String corpusSurvey, String draftSurvey, String acmeRun, String globexRun) {
        this.suite = suite;
        this.corpusSurvey = corpusSurvey;
        this.draftSurvey = draftSurvey;
        this.acmeRun = acmeRun;
        this.globexRun = globexRun;
        this.tokens = new Tokens(suite);
    }

    static CorpusFixture create() throws Exception {
        ReliabilityStack suite = ReliabilityStack.get();
        SuiteClient alice = suite.user("alice");
        String corpus = suite.ok(alice, "createSurvey", Map.of("input", Map.of("title", "bad-input corpus")))
                .at("/createSurvey/id")
                .asText();
        suite.ok(
                alice,
                "addQuestions",
                Map.of(
                        "surveyId",
                        corpus,
                        "questions",
                        List.of(
                                question("likert", "LIKERT", "BASIS", Map.of("scaleMin", 1, "scaleMax", 5)),
                                question("score", "NUMERIC", "DESCRIPTOR", Map.of("numericMin", 0, "numericMax", 100)),
                                question("note", "TEXT", "DESCRIPTOR", Map.of()),
                                question(
                                        "colour",
                                        "SINGLE_CHOICE",
                                        "DESCRIPTOR",
                                        Map.of("options", List.of("Red", "Green", "Blue"))),
                                question("yes", "BINARY", "BASIS", Map.of()))));
        suite.ok(alice, "openSurvey", Map.of("id", corpus));
        String draft = suite.ok(alice, "createSurvey", Map.of("input", Map.of("title", "corpus draft")))
                .at("/createSurvey/id")
                .asText();
        String acmeRun = finishedRun(suite, alice);
        String globexRun = finishedRun(suite, suite.user("bob"));
        return new CorpusFixture(suite, corpus, draft, acmeRun, globexRun);
    }

    static Map<String, Object> question(String code, String type, String role, Map<String, Object> extra) {
        Map<String, Object> question = new LinkedHashMap<>(
                Map.of("code", code, "text", "Question " + code, "type", type, "dimension", "ATTITUDES", "role", role));
        question.putAll(extra);
        return question;
    }

    /** A McDonald's survey of the client's workspace with a small finished run (k = 2, no bootstrap: seconds). */
    private static String finishedRun(ReliabilityStack suite, SuiteClient client) throws Exception {
        String survey = suite.mcdonaldsSurvey(client, "corpus runs");
        var imported = client.postFile(
                suite.importUrl(SuiteService.GATEWAY, survey, "rowIdPrefix=mcd-"), "text/csv", suite.mcdonaldsCsv());
        if (imported.getKey() != 200) {
            throw new IllegalStateException("the McDonald's import failed: " + imported.getValue());
        }
        String run = suite.ok(
                        client,
                        "startSegmentation",
                        Map.of(
                                "input",
                                Map.of(
                                        "surveyId",
                                        survey,
                                        "k",
                                        2,
                                        "restarts",
                                        2,
                                        "bootstrapReplicates",
                                        0,
                                        "seed",
                                        "12")))
                .at("/startSegmentation/id")
                .asText();
        suite.awaitRun(client, run, "SUCCEEDED", Duration.ofMinutes(3));
        return run;
    }

    /** A user's token (alice, victor, bob, carol) or, for "service", the service account's. */
    String token(String user) throws Exception {
        return tokens.of(user);
    }

    /** An operation of {@code src/test/resources/ops} as a user, through the gateway or straight to a service. */
    RawHttp.Answer graphql(SuiteService via, String user, String operation, Map<String, Object> variables)
            throws Exception {
        return document(via, token(user), ReliabilityStack.load(operation), variables);
    }

    /** Any document with any bearer token (null: none). */
    RawHttp.Answer document(SuiteService via, String token, String document, Map<String, Object> variables)
            throws Exception {
        return RawHttp.graphql(suite.stack.graphqlUrl(via), token, document, variables);
    }

    /** A file posted to a survey's import endpoint with a bearer token (null: none). */
    RawHttp.Answer upload(
            SuiteService via, String token, String surveyId, String query, String contentType, byte[] body)
            throws Exception {
        return RawHttp.post(suite.importUrl(via, surveyId, query), token, contentType, body);
    }

    /** A CSV or NDJSON file (by content type) posted by alice to the corpus survey. */
    RawHttp.Answer upload(SuiteService via, String query, String contentType, byte[] body) throws Exception {
        return upload(via, token("alice"), corpusSurvey, query, contentType, body);
    }

    /** A compact matrix page request (a JSON body) straight to survey-service. */
    RawHttp.Answer matrix(String token, String surveyId, String jsonBody) throws Exception {
        return RawHttp.post(
                suite.matrixUrl(surveyId), token, "application/json", jsonBody.getBytes(StandardCharsets.UTF_8));
    }

    int corpusCount() throws Exception {
        return suite.responseCount(new SuiteClient(token("alice")), corpusSurvey);
    }
}
