package org.psychograph.survey;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.psychograph.testing.GraphQLTestClient;
import org.psychograph.testing.PostgresTestResource;
import org.psychograph.testing.TestTokens;

/** An import file is read as it arrives, with backpressure: the service never holds more than a little of it. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcWiremockTestResource.class)
class StreamedImportTest {

    final String token = TestTokens.analyst("streamed");
    String surveyId;

    @TestHTTPResource("/")
    URI base;

    @BeforeEach
    void survey() {
        GraphQLTestClient client = GraphQLTestClient.as(token);
        surveyId = client.runOk("createSurvey", Map.of("input", Map.of("title", "Streamed")))
                .getString("data.createSurvey.id");
        client.runOk("addQuestions", Map.of("surveyId", surveyId, "questions", List.of(BadImportTest.likert("q1"))));
        client.runOk("openSurvey", Map.of("id", surveyId));
    }

    @Test
    void aBodyIsTakenOnlyAsFastAsTheImportReadsIt() throws Exception {
        // The test holds a lock that stops the import's INSERTs, so the import stops reading after its first
        // batches. A client sending 64 MB of valid rows meanwhile must be held back by TCP once the socket
        // buffers and the service's small read window are full; a service whose request flows freely takes
        // the whole body into memory within the same time.
        String jdbc = ConfigProvider.getConfig().getValue("quarkus.datasource.jdbc.url", String.class);
        try (Connection db = DriverManager.getConnection(jdbc, "postgres", "");
                Socket socket = new Socket(base.getHost(), base.getPort())) {
            db.setAutoCommit(false);
            try (PreparedStatement lock = db.prepareStatement("LOCK TABLE response IN SHARE ROW EXCLUSIVE MODE")) {
                lock.execute();
            }
            long size = 64L * 1024 * 1024;
            OutputStream out = socket.getOutputStream();
            out.write(("POST /surveys/" + surveyId + "/imports HTTP/1.1\r\nHost: localhost\r\n"
                    + "Authorization: " + TestTokens.bearer(token) + "\r\nContent-Type: text/csv\r\n"
                    + "Content-Length: " + size + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            AtomicLong sent = new AtomicLong();
            Thread sender = new Thread(() -> send(out, size, sent), "import-sender");
            sender.setDaemon(true);
            sender.start();
            Thread.sleep(3000);
            long taken = sent.get();
            socket.close();
            db.rollback();
            assertTrue(taken < 24L * 1024 * 1024,
                    "the service took " + taken / 1024 / 1024 + " MB of a body it was not reading");
        }
    }

    @Test
    void aClientAskingForHttp2IsAlsoHeldBack() throws Exception {
        // Java's HttpClient asks to upgrade to HTTP/2 over plain HTTP; a server that accepts the upgrade reads the
        // whole body of that first request into memory before anything else (64 MB here, at once).
        String jdbc = ConfigProvider.getConfig().getValue("quarkus.datasource.jdbc.url", String.class);
        try (Connection db = DriverManager.getConnection(jdbc, "postgres", "")) {
            db.setAutoCommit(false);
            try (PreparedStatement lock = db.prepareStatement("LOCK TABLE response IN SHARE ROW EXCLUSIVE MODE")) {
                lock.execute();
            }
            long size = 64L * 1024 * 1024;
            AtomicLong sent = new AtomicLong();
            java.io.PipedInputStream body = new java.io.PipedInputStream(64 * 1024);
            java.io.PipedOutputStream pipe = new java.io.PipedOutputStream(body);
            Thread sender = new Thread(() -> send(pipe, size, sent), "import-sender");
            sender.setDaemon(true);
            sender.start();
            java.net.http.HttpClient client = java.net.http.HttpClient.newBuilder()
                    .version(java.net.http.HttpClient.Version.HTTP_2).build();
            var answer = client.sendAsync(java.net.http.HttpRequest.newBuilder(base.resolve("surveys/" + surveyId + "/imports"))
                    .header("Authorization", TestTokens.bearer(token)).header("Content-Type", "text/csv")
                    .POST(java.net.http.HttpRequest.BodyPublishers.fromPublisher(
                            java.net.http.HttpRequest.BodyPublishers.ofInputStream(() -> body), size))
                    .build(), java.net.http.HttpResponse.BodyHandlers.ofString());
            Thread.sleep(3000);
            long taken = sent.get();
            answer.cancel(true);
            pipe.close();
            db.rollback();
            assertTrue(taken < 24L * 1024 * 1024,
                    "the service took " + taken / 1024 / 1024 + " MB of a body it was not reading");
        }
    }

    /** Writes a CSV of {@code size} bytes (header, then rows with unique ids and a valid answer) as fast as it can. */
    private static void send(OutputStream out, long size, AtomicLong sent) {
        try {
            byte[] header = "respondent_id,q1\n".getBytes(StandardCharsets.US_ASCII);
            out.write(header);
            sent.addAndGet(header.length);
            StringBuilder block = new StringBuilder();
            for (long row = 0; sent.get() < size; row++) {
                block.append('r').append(row).append(",3\n");
                if (block.length() >= 60_000 || sent.get() + block.length() >= size) {
                    byte[] bytes = block.substring(0, (int) Math.min(block.length(), size - sent.get()))
                            .getBytes(StandardCharsets.US_ASCII);
                    out.write(bytes);
                    sent.addAndGet(bytes.length);
                    block.setLength(0);
                }
            }
        } catch (IOException e) {
            // the test closes the socket when it has seen enough
        }
    }
}
