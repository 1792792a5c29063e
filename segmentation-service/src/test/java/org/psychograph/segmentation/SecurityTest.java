package org.psychograph.segmentation;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.psychograph.segmentation.stub.SuiteStubResource;
import org.psychograph.testing.GraphQLTestClient;
import org.psychograph.testing.PostgresTestResource;
import org.psychograph.testing.TestTokens;

/** No token 401, viewers read but do not write, other workspaces see nothing. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(SuiteStubResource.class)
class SecurityTest {

    @Test
    void noTokenIs401() {
        given().contentType(ContentType.JSON)
                .body(Map.of("query", "{ run(id: \"x\") { id } }"))
                .when()
                .post("/graphql")
                .then()
                .statusCode(401);
    }

    @Test
    void rolesAndWorkspacesAreCheckedOnEveryOperation() {
        String runId = RunFixtures.start(RunFixtures.quickStudy(11));
        RunFixtures.await(runId, Set.of("SUCCEEDED"), Duration.ofMinutes(3));

        GraphQLTestClient viewer = GraphQLTestClient.as(TestTokens.viewer("acme"));
        assertEquals("SUCCEEDED", viewer.runOk("runStatus", Map.of("id", runId)).getString("data.run.status"));
        code("FORBIDDEN", viewer.run("startSegmentation", Map.of("input", RunFixtures.quickStudy(1))));
        code("FORBIDDEN", viewer.run("cancelRun", Map.of("id", runId)));
        code("FORBIDDEN", viewer.run("chooseK", Map.of("runId", runId, "k", 3)));

        GraphQLTestClient outsider = GraphQLTestClient.as(TestTokens.analyst("globex"));
        code("NOT_FOUND", outsider.run("runStatus", Map.of("id", runId)));
        code("NOT_FOUND", outsider.run("cancelRun", Map.of("id", runId)));
        code("NOT_FOUND", outsider.run("chooseK", Map.of("runId", runId, "k", 3)));
        code("NOT_FOUND", outsider.run("assignments", Map.of("runId", runId)));
        code("NOT_FOUND", outsider.run("assignSegment", Map.of("runId", runId, "answers", List.of())));
        code("NOT_FOUND", outsider.run("startSegmentation", Map.of("input", RunFixtures.quickStudy(1))));
        assertEquals(
                0,
                outsider.runOk(
                                "runs",
                                Map.of("surveyId", RunFixtures.quickStudy(1).get("surveyId")))
                        .getInt("data.runs.totalCount"));
        List<Object> batch =
                outsider.runOk("runsByIds", Map.of("ids", List.of(runId))).getList("data.runsByIds");
        assertEquals(java.util.Collections.singletonList(null), batch);
    }

    static void code(String expected, JsonPath answer) {
        assertEquals(expected, answer.getString("errors[0].extensions.code"), answer.prettify());
    }
}
