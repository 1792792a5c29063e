package org.psychograph.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.restassured.path.json.JsonPath;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.psychograph.testing.TestTokens;

/** POST /surveys/{id}/imports goes through the gateway to survey-service, streamed, with the caller's token. */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(DownstreamStubs.class)
class ImportPassThroughTest {

    final String analyst = TestTokens.analyst("acme");

    @TestHTTPResource("/surveys/")
    URI imports;

    @BeforeEach
    void healthyServices() {
        Stubs.resetAll();
    }

    @Test
    void importsAreStreamedThroughWithTheCallersToken() {
        String csv = csv(300 * 1024); // larger than a GraphQL request may be (64K in tests)
        given().header("Authorization", TestTokens.bearer(analyst)).contentType("text/csv")
                .body(csv.getBytes(StandardCharsets.UTF_8))
                .when().post("/surveys/{id}/imports?format=csv", "s1")
                .then().statusCode(201)
                .body("path", equalTo("/surveys/s1/imports"))
                .body("query", equalTo("format=csv"))
                .body("bytes", equalTo(csv.getBytes(StandardCharsets.UTF_8).length))
                .body("lastLine", equalTo(csv.strip().lines().reduce((a, b) -> b).orElseThrow()))
                .body("contentType", startsWith("text/csv"))
                .body("authorization", equalTo(TestTokens.bearer(analyst)));
    }

    @Test
    void noHttp2UpgradeWhichWouldReadAWholeFileIntoMemoryFirst() throws Exception {
        try (java.net.Socket socket = new java.net.Socket(imports.getHost(), imports.getPort())) {
            socket.setSoTimeout(20_000);
            socket.getOutputStream().write(("POST /surveys/s1/imports HTTP/1.1\r\nHost: localhost\r\n"
                    + "Connection: Upgrade, HTTP2-Settings\r\nUpgrade: h2c\r\nHTTP2-Settings: AAMAAABkAARAAAAAAAIAAAAA\r\n"
                    + "Authorization: " + TestTokens.bearer(analyst) + "\r\nContent-Type: text/csv\r\n"
                    + "Content-Length: 22\r\n\r\nrespondent_id,q1\nr1,3\n").getBytes(StandardCharsets.US_ASCII));
            String status = new java.io.BufferedReader(new java.io.InputStreamReader(socket.getInputStream(),
                    StandardCharsets.US_ASCII)).readLine();
            assertEquals("HTTP/1.1 201 Created", status, "the upgrade must be ignored, the import passed through");
        }
    }

    @Test
    void chunkedUploadsAreStreamedToo() {
        String csv = csv(100 * 1024);
        HttpResponse<String> answer = ChunkedPost.send(imports.resolve("s1/imports"), "text/csv", analyst,
                csv.getBytes(StandardCharsets.UTF_8));
        assertEquals(201, answer.statusCode(), answer.body());
        assertEquals(csv.length(), new JsonPath(answer.body()).getInt("bytes"));
    }

    @Test
    void noTokenIsRejectedBeforeSurveyServiceIsCalled() {
        given().contentType("text/csv").body("respondent_id,q1\nr1,3\n".getBytes(StandardCharsets.UTF_8))
                .when().post("/surveys/{id}/imports", "s1").then().statusCode(401);
        assertEquals(0, Stubs.of("survey").count("POST /surveys/s1/imports"));
    }

    @Test
    void surveyServiceDownAnswers503Unavailable() {
        Stubs.of("survey").down();
        given().header("Authorization", TestTokens.bearer(analyst)).contentType("text/csv")
                .body("respondent_id,q1\nr1,3\n".getBytes(StandardCharsets.UTF_8))
                .when().post("/surveys/{id}/imports", "s1").then().statusCode(503);
    }

    @Test
    void bodiesOverTheRequestLimitAreRejectedWith413() {
        given().header("Authorization", TestTokens.bearer(analyst)).contentType("text/csv")
                .body(csv(1100 * 1024).getBytes(StandardCharsets.UTF_8))
                .when().post("/surveys/{id}/imports", "s1").then().statusCode(413);
    }

    private static String csv(int approximateBytes) {
        StringBuilder csv = new StringBuilder("respondent_id,q1,q2,q3\n");
        for (int i = 0; csv.length() < approximateBytes; i++) {
            csv.append("r").append(i).append(",").append(i % 5 + 1).append(",").append(i % 3 + 1).append(",4\n");
        }
        return csv.toString();
    }
}
