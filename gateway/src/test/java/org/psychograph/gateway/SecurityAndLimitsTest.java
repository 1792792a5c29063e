package org.psychograph.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.psychograph.testing.GraphQLTestClient;
import org.psychograph.testing.TestTokens;

/** Tokens at the gateway, CORS for browsers, and the limits on what a request may ask. */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(DownstreamStubs.class)
class SecurityAndLimitsTest {

    final String analyst = TestTokens.analyst("acme");

    @io.quarkus.test.common.http.TestHTTPResource("/graphql")
    java.net.URI graphql;

    @BeforeEach
    void healthyServices() {
        Stubs.resetAll();
    }

    @Test
    void noTokenIsRejectedWith401BeforeAnyServiceIsCalled() {
        given().contentType(ContentType.JSON)
                .body(Map.of("query", GraphQLTestClient.load("surveys")))
                .when()
                .post("/graphql")
                .then()
                .statusCode(401);
        given().when().get("/graphql/schema.graphql").then().statusCode(401);
        assertEquals(Map.of(), Stubs.of("survey").counts());
    }

    @Test
    void forgedTokenIsRejectedWith401() {
        String forged = analyst.substring(0, analyst.lastIndexOf('.') + 1) + "c2lnbmF0dXJl";
        given().contentType(ContentType.JSON)
                .header("Authorization", "Bearer " + forged)
                .body(Map.of("query", GraphQLTestClient.load("surveys")))
                .when()
                .post("/graphql")
                .then()
                .statusCode(401);
    }

    @Test
    void machineClientsAreCallersLikeUsers() {
        // a client-credentials token carries roles and workspaces like a person's; the gateway forwards it the same
        String machine = TestTokens.token("service-account-crm", java.util.Set.of("viewer"), java.util.List.of("acme"));
        GraphQLTestClient.as(machine).runOk("surveys", Map.of());
        assertEquals(
                java.util.List.of(TestTokens.bearer(machine)),
                Stubs.of("survey").authorizations());
    }

    @Test
    void corsAllowsTheConfiguredOriginOnly() {
        given().header("Origin", "https://app.example.com")
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization,content-type")
                .when()
                .options("/graphql")
                .then()
                .statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo("https://app.example.com"));
        given().header("Origin", "https://evil.example.net")
                .header("Access-Control-Request-Method", "POST")
                .when()
                .options("/graphql")
                .then()
                .header("Access-Control-Allow-Origin", nullValue());
    }

    @Test
    void tooDeepQueriesAreRejectedWithoutCallingAService() {
        JsonPath answer = GraphQLTestClient.as(analyst).run("tooDeep", Map.of());
        assertThat(answer.prettify(), answer.getString("errors[0].message"), containsString("depth"));
        assertNull(answer.get("data.run"));
        assertEquals(Map.of(), Stubs.of("segmentation").counts());
    }

    @Test
    void theLimitsLeaveIntrospectionWorking() {
        JsonPath answer = GraphQLTestClient.as(analyst).runOk("introspection", Map.of());
        assertEquals("Query", answer.getString("data.__schema.queryType.name"));
    }

    @Test
    void tooComplexQueriesAreRejected() {
        // many aliases of a cheap field: shallow, but over the complexity limit of 1000
        StringBuilder query = new StringBuilder("query tooComplex {");
        for (int i = 0; i < 120; i++) {
            query.append(" a")
                    .append(i)
                    .append(
                            ": surveys { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id title status } } }");
        }
        query.append(" }");
        JsonPath answer = given().contentType(ContentType.JSON)
                .header("Authorization", TestTokens.bearer(analyst))
                .body(Map.of("query", query.toString()))
                .when()
                .post("/graphql")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(answer.prettify(), answer.getString("errors[0].message"), containsString("complexity"));
        assertEquals(Map.of(), Stubs.of("survey").counts());
    }

    @Test
    void tooLargeBodiesAreRejectedWith413() {
        String padding = "#".repeat(70 * 1024);
        given().contentType(ContentType.JSON)
                .header("Authorization", TestTokens.bearer(analyst))
                .body(Map.of("query", GraphQLTestClient.load("surveys") + "\n" + padding))
                .when()
                .post("/graphql")
                .then()
                .statusCode(413);
    }

    /**
     * Large requests (over 48 KB in tests) are charged to the caller's byte budget (120 KB burst, 1 KB/s in
     * tests): the third in a row is refused unread with 429 and Retry-After, while the same caller's ordinary
     * requests and another caller's large one go through.
     */
    @Test
    void largeRequestsBackToBackSpendTheCallersByteBudget() {
        String padding = "#".repeat(50 * 1024);
        String hostile = TestTokens.viewer("acme");
        for (int i = 0; i < 2; i++) {
            given().contentType(ContentType.JSON)
                    .header("Authorization", TestTokens.bearer(hostile))
                    .body(Map.of("query", GraphQLTestClient.load("surveys") + "\n#" + i + padding))
                    .when()
                    .post("/graphql")
                    .then()
                    .statusCode(200);
        }
        var refused = given().contentType(ContentType.JSON)
                .header("Authorization", TestTokens.bearer(hostile))
                .body(Map.of("query", GraphQLTestClient.load("surveys") + "\n" + padding))
                .when()
                .post("/graphql")
                .then()
                .statusCode(429)
                .extract();
        assertEquals("RATE_LIMITED", refused.jsonPath().getString("code"));
        assertTrue(Integer.parseInt(refused.header("Retry-After")) >= 1, refused.header("Retry-After"));
        GraphQLTestClient.as(hostile).runOk("surveys", Map.of());
        given().contentType(ContentType.JSON)
                .header("Authorization", TestTokens.bearer(analyst))
                .body(Map.of("query", GraphQLTestClient.load("surveys") + "\n" + padding))
                .when()
                .post("/graphql")
                .then()
                .statusCode(200);
    }

    @Test
    void graphQLBodiesWithoutALengthAreRefused() {
        byte[] body = ("{\"query\":"
                        + new com.fasterxml.jackson.databind.node.TextNode(GraphQLTestClient.load("surveys")) + "}")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(
                411,
                ChunkedPost.send(graphql, "application/json", analyst, body).statusCode());
        assertEquals(Map.of(), Stubs.of("survey").counts());
    }
}
