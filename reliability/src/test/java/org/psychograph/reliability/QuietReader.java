package org.psychograph.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.psychograph.stack.SuiteClient;

/**
 * The quiet tenant's client, as a process of its own: it sends one GraphQL read back to back and writes each
 * read's start (epoch milliseconds) and latency (or {@code ERR} and why) to a file, one line per read, until a stop
 * file appears or it has done a given number of reads. The start lets the test tell reads made while the imports
 * were still running from those made while only the runs were.
 *
 * <p>Why a process: the quiet tenant's client is not on the server, and neither are the other tenants' clients.
 * Measured from the test's own JVM, her reads shared an HTTP client's selector thread with the hostile tenant's
 * 2 MB requests, and the JVM's pauses with the load generators' garbage, so part of what looked like server
 * latency was the load generators' own. Its own JVM and HTTP client leave only what the servers do.
 *
 * <p>The first {@value #WARM_UP} reads are not recorded: they time a client whose JVM has just started (class
 * loading, the first connection), the same for the idle and the loaded measurement.
 *
 * <p>It signs in itself (password grant) and signs in again every {@value #TOKEN_RENEWAL_SECONDS} s, between two
 * reads and outside their timing, as a real client renews its token: a long-form load phase outlives the realm's
 * 5-minute access token, and a token handed over by the test could already be minutes old.
 *
 * <p>Arguments: URL, token endpoint, user (password = name), query file, variables as JSON, output file, stop file,
 * maximum reads.
 */
public final class QuietReader {

    static final int WARM_UP = 20;
    static final int TOKEN_RENEWAL_SECONDS = 60;

    private QuietReader() {}

    public static void main(String[] args) throws Exception {
        URI url = URI.create(args[0]);
        String tokenEndpoint = args[1];
        String user = args[2];
        String query = Files.readString(Path.of(args[3]));
        JsonMapper json = new JsonMapper();
        byte[] body = json.writeValueAsBytes(Map.of("query", query, "variables", json.readTree(args[4])));
        Path out = Path.of(args[5]);
        Path stop = Path.of(args[6]);
        long maxReads = Long.parseLong(args[7]);
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        HttpRequest request = read(url, body, SuiteClient.passwordToken(tokenEndpoint, user, user));
        long signedIn = System.nanoTime();
        for (int i = 0; i < WARM_UP; i++) {
            http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        }
        List<String> lines = new ArrayList<>();
        // the test that started this reader may end without creating the stop file (a failed assertion): then the
        // reader stops with the test's JVM instead of reading on for ever
        ProcessHandle test = ProcessHandle.current().parent().orElseThrow();
        for (long read = 0; read < maxReads && !Files.exists(stop) && test.isAlive(); read++) {
            if (System.nanoTime() - signedIn
                    > Duration.ofSeconds(TOKEN_RENEWAL_SECONDS).toNanos()) {
                request = read(url, body, SuiteClient.passwordToken(tokenEndpoint, user, user));
                signedIn = System.nanoTime();
            }
            long startedAt = System.currentTimeMillis();
            long started = System.nanoTime();
            String problem;
            long millis;
            try {
                HttpResponse<byte[]> answer = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                millis = (System.nanoTime() - started) / 1_000_000;
                problem = problem(answer.statusCode(), json, answer.body());
            } catch (IOException e) {
                millis = (System.nanoTime() - started) / 1_000_000;
                problem = e.toString();
            }
            lines.add(startedAt + " "
                    + (problem == null ? Long.toString(millis) : "ERR " + millis + " " + problem.replace('\n', ' ')));
        }
        Files.write(out, lines);
    }

    private static HttpRequest read(URI url, byte[] body, String token) {
        return HttpRequest.newBuilder(url)
                .timeout(Duration.ofMinutes(1))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
    }

    private static String problem(int status, JsonMapper json, byte[] body) {
        if (status != 200) {
            return "HTTP " + status;
        }
        try {
            JsonNode answer = json.readTree(body);
            return answer.hasNonNull("errors") ? answer.get("errors").toString() : null;
        } catch (IOException e) {
            return "not JSON: " + e.getMessage();
        }
    }
}
