package org.psychograph.reliability;

import static org.psychograph.reliability.CorpusCase.Kind.TOKEN;
import static org.psychograph.stack.SuiteService.GATEWAY;
import static org.psychograph.stack.SuiteService.PERSONA;
import static org.psychograph.stack.SuiteService.SEGMENTATION;
import static org.psychograph.stack.SuiteService.SURVEY;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.psychograph.stack.SuiteService;

/**
 * The token part of the corpus: no identity, a false one, and real identities asking for what their role or
 * workspace does not grant (a viewer writing, another workspace's user, the service account, whose realm role
 * {@code service} reads but never writes).
 */
final class TokenCases {

    private static final byte[] ONE_ROW =
            (CorpusFixture.HEADER + "\ntok-1,3,50,,Red,Yes\n").getBytes(StandardCharsets.UTF_8);

    private TokenCases() {}

    /** How a false token is made from alice's real one. */
    @FunctionalInterface
    private interface Forgery {
        String from(String real) throws Exception;
    }

    static List<CorpusCase> all() {
        return List.of(
                // no identity, or one the realm never issued: every entry point turns it away
                anonymousRead("no token, gateway", GATEWAY, real -> null),
                anonymousRead("no token, survey-service", SURVEY, real -> null),
                anonymousRead("no token, segmentation-service", SEGMENTATION, real -> null),
                anonymousRead("no token, persona-service", PERSONA, real -> null),
                anonymousRead("garbage token, gateway", GATEWAY, real -> "not-a-jwt"),
                anonymousRead("garbage token, survey-service", SURVEY, real -> "a.b.c"),
                anonymousRead("other key's signature, gateway", GATEWAY, ForgedTokens::otherSignature),
                anonymousRead(
                        "other key's signature, segmentation-service", SEGMENTATION, ForgedTokens::otherSignature),
                anonymousRead("tampered claims (all roles, all workspaces), gateway", GATEWAY, ForgedTokens::tampered),
                anonymousRead("alg none, gateway", GATEWAY, ForgedTokens::unsigned),
                anonymousRead("expired (exp an hour ago), survey-service", SURVEY, ForgedTokens::expired),
                CorpusCase.of(
                        TOKEN,
                        "no token, import through the gateway",
                        f -> f.upload(GATEWAY, null, f.corpusSurvey, "", "text/csv", ONE_ROW),
                        Expect.denied()),
                CorpusCase.of(
                        TOKEN,
                        "other key's signature, import to survey-service",
                        f -> f.upload(
                                SURVEY,
                                ForgedTokens.otherSignature(f.token("alice")),
                                f.corpusSurvey,
                                "",
                                "text/csv",
                                ONE_ROW),
                        Expect.denied()),

                // the compact matrix (ADR 0017) is guarded like the GraphQL matrix
                CorpusCase.of(
                        TOKEN,
                        "no token, compact matrix from survey-service",
                        f -> f.matrix(null, f.corpusSurvey, "{}"),
                        Expect.denied()),
                CorpusCase.of(
                        TOKEN,
                        "other key's signature, compact matrix from survey-service",
                        f -> f.matrix(ForgedTokens.otherSignature(f.token("alice")), f.corpusSurvey, "{}"),
                        Expect.denied()),
                CorpusCase.of(
                        TOKEN,
                        "globex user reads an acme survey's compact matrix, survey-service",
                        f -> f.matrix(f.token("bob"), f.corpusSurvey, "{}"),
                        Expect.refused().mentioning("not found")),
                CorpusCase.of(
                        TOKEN,
                        "unknown field in a compact matrix request, survey-service",
                        f -> f.matrix(f.token("alice"), f.corpusSurvey, "{\"questioncodes\":[\"q1\"]}"),
                        Expect.refused().mentioning("unknown field")),

                // a viewer writing
                CorpusCase.of(
                        TOKEN,
                        "viewer createSurvey, gateway",
                        f -> f.graphql(GATEWAY, "victor", "createSurvey", Map.of("input", Map.of("title", "v"))),
                        Expect.graphqlError("FORBIDDEN")),
                CorpusCase.of(
                        TOKEN,
                        "viewer submitResponses, survey-service",
                        f -> f.graphql(
                                SURVEY,
                                "victor",
                                "submitResponses",
                                Map.of(
                                        "surveyId",
                                        f.corpusSurvey,
                                        "responses",
                                        List.of(Map.of("respondentId", "v-1", "answers", List.of())))),
                        Expect.graphqlError("FORBIDDEN")),
                CorpusCase.of(
                        TOKEN,
                        "viewer startSegmentation, gateway",
                        f -> f.graphql(
                                GATEWAY,
                                "victor",
                                "startSegmentation",
                                Map.of("input", Map.of("surveyId", f.corpusSurvey, "k", 2))),
                        Expect.graphqlError("FORBIDDEN")),
                CorpusCase.of(
                        TOKEN,
                        "viewer import through the gateway",
                        f -> f.upload(GATEWAY, f.token("victor"), f.corpusSurvey, "", "text/csv", ONE_ROW),
                        Expect.refused()),

                // another workspace's user: the object does not exist for them
                CorpusCase.of(
                        TOKEN,
                        "globex user reads an acme survey, gateway",
                        f -> f.graphql(GATEWAY, "bob", "survey", Map.of("id", f.corpusSurvey)),
                        Expect.graphqlError("NOT_FOUND")),
                CorpusCase.of(
                        TOKEN,
                        "globex user submits to an acme survey, survey-service",
                        f -> f.graphql(
                                SURVEY,
                                "bob",
                                "submitResponses",
                                Map.of(
                                        "surveyId",
                                        f.corpusSurvey,
                                        "responses",
                                        List.of(Map.of("respondentId", "b-1", "answers", List.of())))),
                        Expect.graphqlError("NOT_FOUND", "FORBIDDEN")),
                CorpusCase.of(
                        TOKEN,
                        "globex user imports into an acme survey, gateway",
                        f -> f.upload(GATEWAY, f.token("bob"), f.corpusSurvey, "", "text/csv", ONE_ROW),
                        Expect.refused()),
                CorpusCase.of(
                        TOKEN,
                        "initech user reads an acme run, segmentation-service",
                        f -> f.graphql(SEGMENTATION, "carol", "runStatus", Map.of("id", f.acmeRun)),
                        Expect.graphqlError("NOT_FOUND")),
                CorpusCase.of(
                        TOKEN,
                        "initech user segments an acme survey, gateway",
                        f -> f.graphql(
                                GATEWAY,
                                "carol",
                                "startSegmentation",
                                Map.of("input", Map.of("surveyId", f.corpusSurvey, "k", 2))),
                        Expect.graphqlError("NOT_FOUND", "FORBIDDEN")),

                // the service account reads for the workers and persona-service, and writes nothing
                CorpusCase.of(
                        TOKEN,
                        "service account createSurvey, gateway",
                        f -> f.graphql(
                                GATEWAY,
                                "service",
                                "createSurvey",
                                Map.of("input", Map.of("title", "svc", "workspaceId", "acme"))),
                        Expect.graphqlError("FORBIDDEN")),
                CorpusCase.of(
                        TOKEN,
                        "service account createSurvey, survey-service",
                        f -> f.graphql(
                                SURVEY,
                                "service",
                                "createSurvey",
                                Map.of("input", Map.of("title", "svc", "workspaceId", "acme"))),
                        Expect.graphqlError("FORBIDDEN")),
                CorpusCase.of(
                        TOKEN,
                        "service account startSegmentation, gateway",
                        f -> f.graphql(
                                GATEWAY,
                                "service",
                                "startSegmentation",
                                Map.of("input", Map.of("surveyId", f.corpusSurvey, "k", 2))),
                        Expect.graphqlError("FORBIDDEN")),
                CorpusCase.of(
                        TOKEN,
                        "service account startSegmentation, segmentation-service",
                        f -> f.graphql(
                                SEGMENTATION,
                                "service",
                                "startSegmentation",
                                Map.of("input", Map.of("surveyId", f.corpusSurvey, "k", 2))),
                        Expect.graphqlError("FORBIDDEN")),
                CorpusCase.of(
                        TOKEN,
                        "service account submitResponses, gateway",
                        f -> f.graphql(
                                GATEWAY,
                                "service",
                                "submitResponses",
                                Map.of(
                                        "surveyId",
                                        f.corpusSurvey,
                                        "responses",
                                        List.of(Map.of("respondentId", "s-1", "answers", List.of())))),
                        Expect.graphqlError("FORBIDDEN")),
                CorpusCase.of(
                        TOKEN,
                        "service account import to survey-service",
                        f -> f.upload(SURVEY, f.token("service"), f.corpusSurvey, "", "text/csv", ONE_ROW),
                        Expect.refused()),
                CorpusCase.of(
                        TOKEN,
                        "analyst uploads a rule pack (admin only), gateway",
                        f -> f.graphql(GATEWAY, "alice", "uploadRulePack", Map.of("yaml", "name: x")),
                        Expect.graphqlError("FORBIDDEN")));
    }

    /** A read of the caller's surveys (or runs) with a missing or false token: denied, no data. */
    private static CorpusCase anonymousRead(String name, SuiteService via, Forgery forgery) {
        return CorpusCase.of(
                TOKEN,
                name,
                f -> {
                    String token = forgery.from(f.token("alice"));
                    return via == SEGMENTATION
                            ? f.document(via, token, ReliabilityStack.load("runStatus"), Map.of("id", f.acmeRun))
                            : via == PERSONA
                                    ? f.document(
                                            via,
                                            token,
                                            ReliabilityStack.load("generatePersonas"),
                                            Map.of("runId", f.acmeRun))
                                    : f.document(via, token, ReliabilityStack.load("surveys"), Map.of("first", 5));
                },
                Expect.denied());
    }
}
