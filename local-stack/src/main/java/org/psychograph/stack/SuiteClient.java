package org.psychograph.stack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/** A small HTTP client for the suite's GraphQL and REST endpoints, as any outside tool would use them. */
public final class SuiteClient {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String token;

    public SuiteClient(String token) {
        this.token = token;
    }

    /** A user's token by the password grant of the public CLI client (dev realm only). */
    public static String passwordToken(String tokenEndpoint, String user, String password)
            throws IOException, InterruptedException {
        return token(
                tokenEndpoint,
                Map.of(
                        "grant_type",
                        "password",
                        "client_id",
                        "psychograph-cli",
                        "username",
                        user,
                        "password",
                        password));
    }

    /** A machine client's token by the client credentials grant. */
    public static String clientToken(String tokenEndpoint, String clientId, String secret)
            throws IOException, InterruptedException {
        return token(
                tokenEndpoint,
                Map.of("grant_type", "client_credentials", "client_id", clientId, "client_secret", secret));
    }

    private static String token(String tokenEndpoint, Map<String, String> form)
            throws IOException, InterruptedException {
        StringBuilder body = new StringBuilder();
        form.forEach((k, v) -> body.append(body.isEmpty() ? "" : "&")
                .append(k)
                .append('=')
                .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(tokenEndpoint))
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("token request failed (" + response.statusCode() + "): " + response.body());
        }
        return JSON.readTree(response.body()).get("access_token").asText();
    }

    /** Runs a GraphQL operation; fails with the server's message when the answer has errors. */
    public JsonNode graphql(String endpoint, String query, Map<String, Object> variables)
            throws IOException, InterruptedException {
        JsonNode answer = graphqlRaw(endpoint, query, variables);
        if (answer.hasNonNull("errors")) {
            throw new IllegalStateException("GraphQL errors from " + endpoint + ": " + answer.get("errors"));
        }
        return answer.get("data");
    }

    /** The whole answer, errors included. */
    public JsonNode graphqlRaw(String endpoint, String query, Map<String, Object> variables)
            throws IOException, InterruptedException {
        Map<String, Object> body = new HashMap<>();
        body.put("query", query);
        body.put("variables", variables);
        HttpResponse<String> response = http.send(
                authorised(endpoint)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(
                    "HTTP " + response.statusCode() + " from " + endpoint + ": " + response.body());
        }
        return JSON.readTree(response.body());
    }

    /** Posts a file to a REST endpoint; returns status and parsed JSON body. */
    public Map.Entry<Integer, JsonNode> postFile(String url, String contentType, Path file)
            throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(
                authorised(url)
                        .header("Content-Type", contentType)
                        .POST(HttpRequest.BodyPublishers.ofFile(file))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        return Map.entry(response.statusCode(), JSON.readTree(response.body()));
    }

    public HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return http.send(authorised(url).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder authorised(String url) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofMinutes(10));
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        return builder;
    }

    public static ObjectMapper json() {
        return JSON;
    }
}
