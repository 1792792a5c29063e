package org.psychograph.survey;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.psychograph.testing.PostgresTestResource;
import org.psychograph.testing.TestTokens;

/**
 * An import file is read as it arrives, with backpressure: the service never holds more than a little of it.
 * Each test stalls the import before it reads the body (the test holds a lock on the survey table, so the import's
 * survey lookup waits) while a client sends 64 MB of valid rows as fast as it can: TCP must hold the client back
 * once the socket buffers and the service's small read window are full. A service that takes the body into memory
 * takes all of it within the same time. (Once reading, the import spools coded rows to a temporary file, not to
 * memory, and writes only after the upload has arrived: {@code UploadPaceTest}.)
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcWiremockTestResource.class)
class StreamedImportTest {

    static final long BODY = 64L * 1024 * 1024;
    static final long MOST_IN_FLIGHT = 24L * 1024 * 1024;

    final String token = TestTokens.analyst("streamed");
    String surveyId;

    @TestHTTPResource("/")
    URI base;

    @BeforeEach
    void survey() {
        surveyId = SurveyFixtures.openSurvey(token, "Streamed", List.of(BadImportTest.likert("q1")));
    }

    @Test
    void overHttp11() throws Exception {
        long taken = takenWhileTheImportIsStalled(sent -> {
            Socket socket = new Socket(base.getHost(), base.getPort());
            OutputStream out = socket.getOutputStream();
            out.write(("POST /surveys/" + surveyId + "/imports HTTP/1.1\r\nHost: localhost\r\n"
                            + "Authorization: " + TestTokens.bearer(token) + "\r\nContent-Type: text/csv\r\n"
                            + "Content-Length: " + BODY + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            startSending(out, sent);
            return socket;
        });
        assertTrue(
                taken < MOST_IN_FLIGHT, "the service took " + taken / 1024 / 1024 + " MB of a body it was not reading");
    }

    @Test
    void forAClientAskingForHttp2() throws Exception {
        // Java's HttpClient asks to upgrade to HTTP/2 over plain HTTP; a server that accepts the upgrade reads the
        // whole body of that first request into memory before anything else
        long taken = takenWhileTheImportIsStalled(sent -> {
            PipedInputStream body = new PipedInputStream(64 * 1024);
            PipedOutputStream pipe = new PipedOutputStream(body);
            startSending(pipe, sent);
            var answer = HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_2)
                    .build()
                    .sendAsync(
                            HttpRequest.newBuilder(base.resolve("surveys/" + surveyId + "/imports"))
                                    .header("Authorization", TestTokens.bearer(token))
                                    .header("Content-Type", "text/csv")
                                    .POST(BodyPublishers.fromPublisher(BodyPublishers.ofInputStream(() -> body), BODY))
                                    .build(),
                            BodyHandlers.ofString());
            return () -> {
                answer.cancel(true);
                pipe.close();
            };
        });
        assertTrue(
                taken < MOST_IN_FLIGHT, "the service took " + taken / 1024 / 1024 + " MB of a body it was not reading");
    }

    /** Starts an upload and closes it again to stop it; counts the bytes sent into {@code sent}. */
    interface Upload {
        AutoCloseable start(AtomicLong sent) throws Exception;
    }

    /** Bytes the client got to send in 3 s while the import could not start reading. */
    private long takenWhileTheImportIsStalled(Upload upload) throws Exception {
        String jdbc = ConfigProvider.getConfig().getValue("quarkus.datasource.jdbc.url", String.class);
        try (Connection db = DriverManager.getConnection(jdbc, "postgres", "")) {
            db.setAutoCommit(false);
            try (PreparedStatement lock = db.prepareStatement("LOCK TABLE survey IN ACCESS EXCLUSIVE MODE")) {
                lock.execute();
            }
            AtomicLong sent = new AtomicLong();
            try (AutoCloseable transfer = upload.start(sent)) {
                Thread.sleep(3000);
                return sent.get();
            } finally {
                db.rollback();
            }
        }
    }

    /** Writes a CSV of {@link #BODY} bytes (header, then rows with unique ids) on a thread of its own. */
    private static void startSending(OutputStream out, AtomicLong sent) {
        Thread sender = new Thread(
                () -> {
                    try {
                        byte[] header = "respondent_id,q1\n".getBytes(StandardCharsets.US_ASCII);
                        out.write(header);
                        sent.addAndGet(header.length);
                        StringBuilder block = new StringBuilder();
                        for (long row = 0; sent.get() < BODY; row++) {
                            block.append('r').append(row).append(",3\n");
                            if (block.length() >= 60_000 || sent.get() + block.length() >= BODY) {
                                byte[] bytes = block.substring(0, (int) Math.min(block.length(), BODY - sent.get()))
                                        .getBytes(StandardCharsets.US_ASCII);
                                out.write(bytes);
                                sent.addAndGet(bytes.length);
                                block.setLength(0);
                            }
                        }
                    } catch (IOException e) {
                        // the upload is closed when the test has seen enough
                    }
                },
                "import-sender");
        sender.setDaemon(true);
        sender.start();
    }
}
