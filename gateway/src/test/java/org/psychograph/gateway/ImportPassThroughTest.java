package org.psychograph.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.psychograph.testing.TestTokens;

/**
 * POST /surveys/{id}/imports goes through the gateway to survey-service, streamed, with the caller's token; a
 * broken upload or answer stays broken on the other side. The real survey-service's rollback of a cut upload
 * through the gateway is checked end to end in the local-stack module.
 */
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
        given().header("Authorization", TestTokens.bearer(analyst))
                .contentType("text/csv")
                .body(csv.getBytes(StandardCharsets.UTF_8))
                .when()
                .post("/surveys/{id}/imports?format=csv", "s1")
                .then()
                .statusCode(201)
                .body("path", equalTo("/surveys/s1/imports"))
                .body("query", equalTo("format=csv"))
                .body("bytes", equalTo(csv.getBytes(StandardCharsets.UTF_8).length))
                .body(
                        "lastLine",
                        equalTo(csv.strip().lines().reduce((a, b) -> b).orElseThrow()))
                .body("contentType", startsWith("text/csv"))
                .body("authorization", equalTo(TestTokens.bearer(analyst)));
    }

    @Test
    void noHttp2UpgradeWhichWouldReadAWholeFileIntoMemoryFirst() throws Exception {
        try (java.net.Socket socket = new java.net.Socket(imports.getHost(), imports.getPort())) {
            socket.setSoTimeout(20_000);
            socket.getOutputStream()
                    .write(("POST /surveys/s1/imports HTTP/1.1\r\nHost: localhost\r\n"
                                    + "Connection: Upgrade, HTTP2-Settings\r\nUpgrade: h2c\r\nHTTP2-Settings: AAMAAABkAARAAAAAAAIAAAAA\r\n"
                                    + "Authorization: " + TestTokens.bearer(analyst) + "\r\nContent-Type: text/csv\r\n"
                                    + "Content-Length: 22\r\n\r\nrespondent_id,q1\nr1,3\n")
                            .getBytes(StandardCharsets.US_ASCII));
            String status = new java.io.BufferedReader(
                            new java.io.InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII))
                    .readLine();
            assertEquals("HTTP/1.1 201 Created", status, "the upgrade must be ignored, the import passed through");
        }
    }

    @Test
    void chunkedUploadsAreStreamedToo() {
        String csv = csv(100 * 1024);
        HttpResponse<String> answer = ChunkedPost.send(
                imports.resolve("s1/imports"), "text/csv", analyst, csv.getBytes(StandardCharsets.UTF_8));
        assertEquals(201, answer.statusCode(), answer.body());
        assertEquals(csv.length(), new JsonPath(answer.body()).getInt("bytes"));
    }

    @Test
    void anUploadCutByTheCallerReachesSurveyServiceBrokenNotEnded() throws Exception {
        Stubs survey = Stubs.of("survey");
        try (Socket socket = new Socket(imports.getHost(), imports.getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write(("POST /surveys/s1/imports?format=csv HTTP/1.1\r\nHost: localhost\r\nAuthorization: "
                            + TestTokens.bearer(analyst)
                            + "\r\nContent-Type: text/csv\r\nTransfer-Encoding: chunked\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            byte[] part = csv(64 * 1024).getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < 3; i++) {
                out.write(chunk(part));
            }
            out.flush();
            waitFor(() -> survey.count("POST /surveys/s1/imports") == 1, "the upload to reach survey-service");
        } // closed mid-file: no last chunk
        waitFor(() -> survey.count("upload broken") == 1, "survey-service to see a broken upload");
        assertEquals(
                0,
                survey.count("upload complete"),
                "a cut upload must never reach survey-service as a whole "
                        + "(shorter) file: it would commit the rows received so far");
    }

    @Test
    void surveyServiceDyingMidAnswerNeverGivesAnAnswerThatLooksWhole() {
        String outcome;
        try {
            HttpResponse<String> answer = ChunkedPost.send(
                    imports.resolve("dies-mid-answer/imports"),
                    "text/csv",
                    analyst,
                    "respondent_id,q1\nr1,3\n".getBytes(StandardCharsets.UTF_8));
            outcome = "HTTP " + answer.statusCode() + " " + answer.body();
        } catch (UncheckedIOException reset) {
            outcome = "reset";
        }
        assertTrue(outcome.equals("reset") || outcome.startsWith("HTTP 503"), outcome);
    }

    @Test
    void noTokenIsRejectedBeforeSurveyServiceIsCalled() {
        given().contentType("text/csv")
                .body("respondent_id,q1\nr1,3\n".getBytes(StandardCharsets.UTF_8))
                .when()
                .post("/surveys/{id}/imports", "s1")
                .then()
                .statusCode(401);
        assertEquals(0, Stubs.of("survey").count("POST /surveys/s1/imports"));
    }

    @Test
    void surveyServiceDownAnswers503Unavailable() {
        Stubs.of("survey").down();
        given().header("Authorization", TestTokens.bearer(analyst))
                .contentType("text/csv")
                .body("respondent_id,q1\nr1,3\n".getBytes(StandardCharsets.UTF_8))
                .when()
                .post("/surveys/{id}/imports", "s1")
                .then()
                .statusCode(503);
    }

    @Test
    void bodiesOverTheRequestLimitAreRejectedWith413() {
        given().header("Authorization", TestTokens.bearer(analyst))
                .contentType("text/csv")
                .body(csv(1100 * 1024).getBytes(StandardCharsets.UTF_8))
                .when()
                .post("/surveys/{id}/imports", "s1")
                .then()
                .statusCode(413);
    }

    private static byte[] chunk(byte[] data) {
        byte[] head = (Integer.toHexString(data.length) + "\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] chunk = new byte[head.length + data.length + 2];
        System.arraycopy(head, 0, chunk, 0, head.length);
        System.arraycopy(data, 0, chunk, head.length, data.length);
        chunk[chunk.length - 2] = '\r';
        chunk[chunk.length - 1] = '\n';
        return chunk;
    }

    private static void waitFor(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            assertTrue(System.nanoTime() < deadline, "timed out waiting for " + what);
            Thread.sleep(50);
        }
    }

    private static String csv(int approximateBytes) {
        StringBuilder csv = new StringBuilder("respondent_id,q1,q2,q3\n");
        for (int i = 0; csv.length() < approximateBytes; i++) {
            csv.append("r")
                    .append(i)
                    .append(",")
                    .append(i % 5 + 1)
                    .append(",")
                    .append(i % 3 + 1)
                    .append(",4\n");
        }
        return csv.toString();
    }
}
