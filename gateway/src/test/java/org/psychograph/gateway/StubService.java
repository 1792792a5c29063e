package org.psychograph.gateway;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A stand-in for one downstream service at the edge of the gateway: answers GraphQL operations by name from
 * fixture functions, counts requests per operation, remembers the Authorization headers, and can be made
 * slow or down. Tests drive it over HTTP ({@code /_stub/...}) because Quarkus loads test resources in
 * another class loader than the tests.
 */
final class StubService {

    private static final Pattern OPERATION = Pattern.compile("^\\s*(query|mutation)\\s+(\\w+)");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Thrown by a fixture to answer a GraphQL error with extensions.code (and field). */
    static final class Refusal extends RuntimeException {
        final String code;
        final String field;

        Refusal(String code, String field, String message) {
            super(message);
            this.code = code;
            this.field = field;
        }
    }

    private final Map<String, Function<Map<String, Object>, Object>> operations;
    private final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();
    private final List<String> authorizations = Collections.synchronizedList(new ArrayList<>());
    private final List<String> documents = Collections.synchronizedList(new ArrayList<>());
    private final List<Map<String, Object>> calls = Collections.synchronizedList(new ArrayList<>());
    private volatile boolean down;
    private volatile boolean rejectTokens;
    private volatile long delayMillis;
    /** When not 0, the HTTP status every GraphQL call is answered with. */
    private volatile int refusalStatus;

    private HttpServer server;

    StubService(Map<String, Function<Map<String, Object>, Object>> operations) {
        this.operations = operations;
    }

    String start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/graphql", this::graphql);
        server.createContext(
                "/q/health/ready",
                exchange -> send(exchange, down ? 503 : 200, Map.of("status", down ? "DOWN" : "UP")));
        server.createContext("/_stub", this::control);
        server.createContext("/surveys/", this::importEcho);
        server.start();
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/graphql";
    }

    void stop() {
        server.stop(0);
    }

    private void graphql(HttpExchange exchange) throws IOException {
        @SuppressWarnings("unchecked")
        Map<String, Object> body = JSON.readValue(exchange.getRequestBody(), Map.class);
        String query = (String) body.get("query");
        Matcher m = OPERATION.matcher(query);
        String operation = m.find() ? m.group(2) : "?";
        counts.computeIfAbsent(operation, k -> new AtomicInteger()).incrementAndGet();
        documents.add(query);
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        authorizations.add(String.valueOf(authorization));
        sleep(delayMillis);
        if (down) {
            send(exchange, 503, Map.of("message", "stub is down"));
            return;
        }
        if (refusalStatus != 0) {
            send(exchange, refusalStatus, Map.of("message", "refused by the stub"));
            return;
        }
        if (authorization == null || rejectTokens) {
            send(exchange, 401, Map.of("message", "no token"));
            return;
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> variables =
                body.get("variables") == null ? Map.of() : (Map<String, Object>) body.get("variables");
        calls.add(Map.of(
                "operation",
                operation,
                "variables",
                variables,
                "authorization",
                String.valueOf(authorization),
                "traceparent",
                String.valueOf(exchange.getRequestHeaders().getFirst("traceparent")),
                "document",
                query));
        Function<Map<String, Object>, Object> fixture = operations.get(operation);
        Map<String, Object> answer = new LinkedHashMap<>();
        if (fixture == null) {
            answer.put(
                    "errors",
                    List.of(Map.of(
                            "message",
                            "unknown operation " + operation,
                            "extensions",
                            Map.of("classification", "ValidationError"))));
        } else {
            try {
                Map<String, Object> data = new LinkedHashMap<>();
                data.put(operation, fixture.apply(variables));
                answer.put("data", data);
            } catch (Refusal r) {
                Map<String, Object> extensions = new LinkedHashMap<>();
                extensions.put("code", r.code);
                if (r.field != null) {
                    extensions.put("field", r.field);
                }
                answer.put(
                        "errors",
                        List.of(Map.of(
                                "message", r.getMessage(), "path", List.of(operation), "extensions", extensions)));
                answer.put("data", null);
            }
        }
        send(exchange, 200, answer);
    }

    /** survey-service's REST import, as an echo of what arrived: the gateway must stream it through unchanged. */
    private void importEcho(HttpExchange exchange) throws IOException {
        counts.computeIfAbsent("POST " + exchange.getRequestURI().getPath(), k -> new AtomicInteger())
                .incrementAndGet();
        if (down) {
            send(exchange, 503, Map.of("message", "stub is down"));
            return;
        }
        byte[] body;
        try {
            body = exchange.getRequestBody().readAllBytes();
        } catch (IOException broken) {
            // what survey-service needs to see of a cut upload: a broken request, which it rolls back
            counts.computeIfAbsent("upload broken", k -> new AtomicInteger()).incrementAndGet();
            throw broken;
        }
        counts.computeIfAbsent("upload complete", k -> new AtomicInteger()).incrementAndGet();
        if (exchange.getRequestURI().getPath().contains("dies-mid-answer")) {
            dieMidAnswer(exchange);
        }
        Map<String, Object> echo = new LinkedHashMap<>();
        echo.put("path", exchange.getRequestURI().getPath());
        echo.put("query", String.valueOf(exchange.getRequestURI().getQuery()));
        echo.put("bytes", body.length);
        echo.put(
                "lastLine",
                new String(body, StandardCharsets.UTF_8)
                        .strip()
                        .lines()
                        .reduce((a, b) -> b)
                        .orElse(""));
        echo.put("contentType", String.valueOf(exchange.getRequestHeaders().getFirst("Content-Type")));
        echo.put("authorization", String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
        send(exchange, 201, echo);
    }

    /** Starts a chunked 200 answer, then drops the connection before its end, as a crashing service would. */
    private static void dieMidAnswer(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, 0);
        OutputStream out = exchange.getResponseBody();
        out.write("{\"imported\":".getBytes(StandardCharsets.UTF_8));
        out.flush();
        // an exception out of a handler makes the JDK server close the connection without the last chunk
        throw new IOException("stub dies mid-answer");
    }

    /** GET /_stub/counts, GET /_stub/authorizations, GET /_stub/documents, GET /_stub/calls, POST /_stub/reset, POST /_stub/mode?down=..&delay=..&rejectTokens=..&status=.. */
    private void control(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        switch (path) {
            case "/_stub/counts" -> {
                Map<String, Integer> snapshot = new LinkedHashMap<>();
                counts.forEach((k, v) -> snapshot.put(k, v.get()));
                send(exchange, 200, snapshot);
            }
            case "/_stub/authorizations" -> send(exchange, 200, List.copyOf(authorizations));
            case "/_stub/documents" -> send(exchange, 200, List.copyOf(documents));
            case "/_stub/calls" -> send(exchange, 200, List.copyOf(calls));
            case "/_stub/reset" -> {
                counts.clear();
                authorizations.clear();
                documents.clear();
                calls.clear();
                down = false;
                rejectTokens = false;
                delayMillis = 0;
                refusalStatus = 0;
                send(exchange, 200, Map.of());
            }
            case "/_stub/mode" -> {
                Map<String, String> params = params(exchange.getRequestURI());
                down = Boolean.parseBoolean(params.getOrDefault("down", "false"));
                rejectTokens = Boolean.parseBoolean(params.getOrDefault("rejectTokens", "false"));
                delayMillis = Long.parseLong(params.getOrDefault("delay", "0"));
                refusalStatus = Integer.parseInt(params.getOrDefault("status", "0"));
                send(exchange, 200, Map.of());
            }
            default -> send(exchange, 404, Map.of());
        }
    }

    private static Map<String, String> params(URI uri) {
        Map<String, String> params = new LinkedHashMap<>();
        if (uri.getQuery() != null) {
            for (String pair : uri.getQuery().split("&")) {
                String[] kv = pair.split("=", 2);
                params.put(kv[0], kv.length > 1 ? kv[1] : "");
            }
        }
        return params;
    }

    private static void send(HttpExchange exchange, int status, Object body) throws IOException {
        byte[] bytes = JSON.writeValueAsString(body).getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static void sleep(long millis) {
        if (millis > 0) {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
