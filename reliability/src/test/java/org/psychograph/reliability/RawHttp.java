package org.psychograph.reliability;

import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * Requests as a hostile or careless client sends them, answered whatever the status: {@link
 * org.psychograph.stack.SuiteClient} throws on a non-200 answer and re-encodes strings, which would hide exactly
 * what the corpus looks at (the status, and a lone surrogate that must reach the server as the escape {@code \ud800},
 * not as the '?' a UTF-8 encoder makes of it).
 */
final class RawHttp {

    /** Escapes every non-ASCII char as {@code \\uXXXX}, so a lone surrogate travels as itself. */
    private static final JsonMapper JSON =
            JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private RawHttp() {}

    /** What came back: the status, the body as text and, when the body is JSON, parsed. */
    record Answer(int status, String body, JsonNode json, long millis) {

        @Override
        public String toString() {
            String shown = body.length() > 600 ? body.substring(0, 600) + "..." : body;
            return "HTTP " + status + " in " + millis + " ms: " + shown;
        }
    }

    static Answer graphql(String url, String token, String query, Map<String, Object> variables)
            throws IOException, InterruptedException {
        Map<String, Object> body = new HashMap<>();
        body.put("query", query);
        body.put("variables", variables);
        return post(url, token, "application/json", JSON.writeValueAsBytes(body));
    }

    static Answer post(String url, String token, String contentType, byte[] body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofMinutes(3))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        long started = System.nanoTime();
        HttpResponse<byte[]> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        long millis = (System.nanoTime() - started) / 1_000_000;
        String text = new String(response.body(), StandardCharsets.UTF_8);
        JsonNode json = null;
        try {
            json = text.isBlank() ? null : JSON.readTree(text);
        } catch (IOException notJson) {
            // left null: an expectation that needs JSON fails with the text
        }
        return new Answer(response.statusCode(), text, json, millis);
    }
}
