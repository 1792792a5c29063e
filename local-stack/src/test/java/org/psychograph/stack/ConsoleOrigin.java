package org.psychograph.stack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/**
 * Lets the console's public client sign in from a test stack's gateway. The dev realm allows the main job's origin
 * (port 8080) only; a test stack runs on shifted ports so it can run beside the main job, and Keycloak checks the
 * redirect URI exactly, so the test adds its own origin through the admin API of its own throw-away Keycloak.
 */
final class ConsoleOrigin {

    static final String CLIENT = "psychograph-console";

    private ConsoleOrigin() {}

    static void allow(LocalKeycloak keycloak, String origin) throws IOException, InterruptedException {
        String base = keycloak.issuer().replaceFirst("/realms/.*$", "");
        HttpClient http = HttpClient.newHttpClient();
        // the local Keycloak's bootstrap administrator (LocalKeycloak), a development account of a test instance
        String form = "grant_type=password&client_id=admin-cli&username=admin&password=admin";
        JsonNode token = send(
                http,
                HttpRequest.newBuilder(URI.create(base + "/realms/master/protocol/openid-connect/token"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build());
        String bearer = "Bearer " + token.get("access_token").asText();
        String clients = base + "/admin/realms/" + LocalKeycloak.REALM + "/clients";
        JsonNode found = send(
                http,
                HttpRequest.newBuilder(
                                URI.create(clients + "?clientId=" + URLEncoder.encode(CLIENT, StandardCharsets.UTF_8)))
                        .header("Authorization", bearer)
                        .GET()
                        .build());
        if (found.size() != 1) {
            throw new IllegalStateException("the dev realm has no client " + CLIENT + ": " + found);
        }
        ObjectNode client = (ObjectNode) found.get(0);
        ((ArrayNode) client.withArray("redirectUris")).add(origin + "/*");
        ((ArrayNode) client.withArray("webOrigins")).add(origin);
        ObjectNode attributes = client.with("attributes");
        attributes.put(
                "post.logout.redirect.uris",
                attributes.path("post.logout.redirect.uris").asText() + "##" + origin + "/*");
        HttpResponse<String> updated = http.send(
                HttpRequest.newBuilder(
                                URI.create(clients + "/" + client.get("id").asText()))
                        .header("Authorization", bearer)
                        .header("Content-Type", "application/json")
                        .PUT(HttpRequest.BodyPublishers.ofString(client.toString()))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (updated.statusCode() / 100 != 2) {
            throw new IllegalStateException("could not add " + origin + " to " + CLIENT + ": HTTP "
                    + updated.statusCode() + " " + updated.body());
        }
    }

    private static JsonNode send(HttpClient http, HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException(
                    request.uri() + " answered HTTP " + response.statusCode() + ": " + response.body());
        }
        return SuiteClient.json().readTree(response.body());
    }
}
