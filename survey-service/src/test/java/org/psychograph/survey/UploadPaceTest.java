package org.psychograph.survey;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.psychograph.testing.GraphQLTestClient;
import org.psychograph.testing.PostgresTestResource;
import org.psychograph.testing.TestTokens;

/**
 * A slow upload cannot keep an import open: in the test profile an upload must deliver 4 KiB per 2 s spent waiting
 * for it. A trickling client is answered with the reason; a stalled one has its connection closed. Either way
 * nothing is written. And while an upload is still arriving, at whatever pace, it holds no database connection and
 * no lock: another import into the same survey goes through meanwhile.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcWiremockTestResource.class)
class UploadPaceTest {

    /**
     * More rows than a test batch (100), so the import has coded and spooled rows when the upload slows (before the
     * spool, it had begun writing and held the survey's lock).
     */
    static final int ROWS_BEFORE_SLOWING = 250;

    final String token = TestTokens.analyst("upload-pace");
    String surveyId;

    @TestHTTPResource("/")
    URI base;

    @BeforeEach
    void survey() {
        surveyId = SurveyFixtures.openSurvey(token, "Upload pace", List.of(BadImportTest.likert("q1")));
    }

    /** Opens an upload announcing a large body and sends the header and the first rows at once. */
    Socket startUpload() throws IOException {
        Socket socket = new Socket(base.getHost(), base.getPort());
        socket.setSoTimeout(20_000);
        StringBuilder rows = new StringBuilder("respondent_id,q1\n");
        for (int i = 0; i < ROWS_BEFORE_SLOWING; i++) {
            rows.append('r').append(i).append(",3\n");
        }
        OutputStream out = socket.getOutputStream();
        out.write(("POST /surveys/" + surveyId + "/imports HTTP/1.1\r\nHost: localhost\r\n"
                        + "Authorization: " + TestTokens.bearer(token) + "\r\nContent-Type: text/csv\r\n"
                        + "Content-Length: 1000000\r\n\r\n" + rows)
                .getBytes(StandardCharsets.US_ASCII));
        out.flush();
        return socket;
    }

    @Test
    void aTricklingUploadIsRejectedWithItsReason() throws Exception {
        long started = System.nanoTime();
        try (Socket socket = startUpload()) {
            OutputStream out = socket.getOutputStream();
            InputStream in = socket.getInputStream();
            String answer = "";
            // a row every 200 ms: 60 bytes per second, far below 4 KiB per 2 s
            for (int i = 0; i < 100 && !answer.contains("}"); i++) {
                try {
                    out.write(("t" + i + ",2\n").getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                } catch (IOException closed) {
                    break;
                }
                Thread.sleep(200);
                answer += available(in);
            }
            if (!answer.contains("}")) {
                answer += readUntilClosedOrQuiet(in);
            }
            assertTrue(answer.startsWith("HTTP/1.1 422"), answer);
            assertTrue(answer.contains("psychograph.import.min-upload-bytes"), answer);
        }
        assertTrue((System.nanoTime() - started) / 1e9 < 15, "aborted within a few windows");
        assertTheSurveyIsFreeAndEmpty();
    }

    @Test
    void aStalledUploadIsCutOff() throws Exception {
        long started = System.nanoTime();
        try (Socket socket = startUpload()) {
            String answer = readUntilClosedOrQuiet(socket.getInputStream());
            assertTrue(!answer.contains("200 OK"), answer);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        assertTrue(seconds < 15, "the connection was closed after " + seconds + " s");
        assertTheSurveyIsFreeAndEmpty();
    }

    @Test
    void anUploadStillArrivingHoldsNoLock() throws Exception {
        try (Socket socket = startUpload()) {
            OutputStream out = socket.getOutputStream();
            // a slow client within the pace: 6 KB a second, so this upload would take minutes to finish
            Thread sender = new Thread(
                    () -> {
                        try {
                            for (int block = 0; !Thread.currentThread().isInterrupted(); block++) {
                                StringBuilder rows = new StringBuilder();
                                for (int i = 0; i < 500; i++) {
                                    rows.append("s")
                                            .append(block)
                                            .append('-')
                                            .append(i)
                                            .append(",2\n");
                                }
                                out.write(rows.toString().getBytes(StandardCharsets.US_ASCII));
                                out.flush();
                                Thread.sleep(1000);
                            }
                        } catch (IOException | InterruptedException e) {
                            // the test closed the upload
                        }
                    },
                    "slow-upload");
            sender.setDaemon(true);
            sender.start();
            Thread.sleep(500);
            // a second import into the same survey: it would wait for the first one's lock if that held it
            HttpResponse<String> second = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(base.resolve("surveys/" + surveyId + "/imports"))
                                    .timeout(Duration.ofSeconds(15))
                                    .header("Authorization", TestTokens.bearer(token))
                                    .header("Content-Type", "text/csv")
                                    .POST(HttpRequest.BodyPublishers.ofString("respondent_id,q1\nother,5\n"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            assertEquals(200, second.statusCode(), second.body());
            assertTrue(sender.isAlive(), "the slow upload was still arriving when the second import finished");
            assertEquals(0, socket.getInputStream().available(), "the slow upload had no answer yet");
            sender.interrupt();
        }
        // the slow upload was cut by its client: none of it is written, the other import's row is there
        assertEquals(
                1,
                GraphQLTestClient.as(token)
                        .run("dataQuality", Map.of("surveyId", surveyId))
                        .getInt("data.dataQuality.responseCount"));
    }

    private void assertTheSurveyIsFreeAndEmpty() {
        assertEquals(
                0,
                GraphQLTestClient.as(token)
                        .run("dataQuality", Map.of("surveyId", surveyId))
                        .getInt("data.dataQuality.responseCount"),
                "nothing of the slow upload may be written");
        // the lock is free: another import goes through (it would wait for the lock otherwise)
        SurveyFixtures.importCsv(token, surveyId, "respondent_id,q1\nz,4\n".getBytes(StandardCharsets.US_ASCII))
                .statusCode(200)
                .body("rowsWritten", equalTo(1));
    }

    private static String available(InputStream in) throws IOException {
        int n = in.available();
        if (n <= 0) {
            return "";
        }
        byte[] bytes = new byte[n];
        int read = in.read(bytes);
        return read <= 0 ? "" : new String(bytes, 0, read, StandardCharsets.UTF_8);
    }

    /** What the server sends until it closes the connection (or sends nothing for the socket's timeout). */
    private static String readUntilClosedOrQuiet(InputStream in) {
        ByteArrayOutputStream answer = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            int n;
            while ((n = in.read(buffer)) > 0) {
                answer.write(buffer, 0, n);
                if (answer.toString(StandardCharsets.UTF_8).contains("}")) {
                    break;
                }
            }
        } catch (SocketTimeoutException e) {
            throw new AssertionError("the server neither answered nor closed the connection", e);
        } catch (IOException e) {
            // reset by the server: closed
        }
        return answer.toString(StandardCharsets.UTF_8);
    }
}
