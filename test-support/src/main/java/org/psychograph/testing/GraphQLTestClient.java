package org.psychograph.testing;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Sends GraphQL operations kept in {@code src/test/resources/graphql/*.graphql} files (never escaped
 * Java strings) to the application under test, with a bearer token.
 */
public final class GraphQLTestClient {

    private final String token;

    private GraphQLTestClient(String token) {
        this.token = token;
    }

    public static GraphQLTestClient as(String token) {
        return new GraphQLTestClient(token);
    }

    public static GraphQLTestClient anonymous() {
        return new GraphQLTestClient(null);
    }

    /** Runs the named document (file name without extension) and returns the whole JSON answer. */
    public JsonPath run(String document, Map<String, Object> variables) {
        Map<String, Object> body = new HashMap<>();
        body.put("query", load(document));
        body.put("variables", variables);
        var request = given().contentType(ContentType.JSON).body(body);
        if (token != null) {
            request = request.header("Authorization", TestTokens.bearer(token));
        }
        return request.when().post("/graphql").then().statusCode(200).extract().jsonPath();
    }

    public JsonPath run(String document) {
        return run(document, Map.of());
    }

    /** Runs the document and fails when the answer carries errors; returns the whole JSON answer. */
    public JsonPath runOk(String document, Map<String, Object> variables) {
        JsonPath answer = run(document, variables);
        Object errors = answer.get("errors");
        if (errors != null) {
            throw new AssertionError(document + " answered errors: " + answer.prettify());
        }
        return answer;
    }

    public static String load(String document) {
        String path = "graphql/" + document + ".graphql";
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("no GraphQL document on the test class path: " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
