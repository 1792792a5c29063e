package org.psychograph.gateway.client;

import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.client.WebClientOptions;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.core.buffer.Buffer;
import io.vertx.mutiny.ext.web.client.WebClient;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.jboss.logging.Logger;
import org.psychograph.gateway.config.DownstreamUrls;
import org.psychograph.gateway.error.DownstreamErrorException;
import org.psychograph.gateway.error.GatewayException;
import org.psychograph.gateway.security.CallerToken;

/**
 * Sends an operation to its service asking for exactly the caller's {@link Selection}, and binds the answer to the
 * gateway's model classes: the one way the gateway talks to a service, for reads and mutations alike.
 *
 * <p>Why not SmallRye's typed GraphQL clients: a typed client's selection set is fixed by its Java return type, so it
 * asks for every field of a run or persona (hundreds of objects) whatever the caller wanted, then binds each object
 * reflectively; that made a gateway query 10-100 times slower than the same query sent to the service
 * (docs/benchmarks.md). The dynamic client could carry the selection but takes its headers at build time, and the
 * caller's token differs per request. So every operation goes out as plain GraphQL over the Vert.x web client
 * (instrumented, so the trace context still travels), and Jackson binds the answer. Non-blocking: the answer is
 * bound on the event loop that receives it. Errors are taken from the answer itself: its HTTP status and its
 * GraphQL errors' codes ({@link DownstreamErrors}).
 */
@ApplicationScoped
public class GraphQLTransport {

    private static final Logger LOG = Logger.getLogger(GraphQLTransport.class);

    private final WebClient web;
    private final ObjectMapper json;
    private final Map<DownstreamService, String> urls = new EnumMap<>(DownstreamService.class);

    GraphQLTransport(Vertx vertx, ObjectMapper quarkusMapper, DownstreamUrls configured) {
        this.web = WebClient.create(
                vertx, new WebClientOptions().setKeepAlive(true).setMaxPoolSize(64));
        // field access: the model classes have getters for the server side but no setters
        this.json = quarkusMapper
                .copy()
                .setVisibility(PropertyAccessor.ALL, Visibility.NONE)
                .setVisibility(PropertyAccessor.FIELD, Visibility.ANY)
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
                .configure(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE, false);
        for (DownstreamService service : DownstreamService.values()) {
            urls.put(
                    service,
                    configured
                            .of(service.key)
                            .orElseThrow(() -> new IllegalStateException(
                                    "quarkus.smallrye-graphql-client." + service.key + ".url is not set")));
        }
    }

    /** Variables for an operation; unlike {@code Map.of} it keeps null values (an absent page cursor). */
    static Map<String, Object> variables(Object... namesAndValues) {
        Map<String, Object> map = new HashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            map.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return map;
    }

    /**
     * One operation with the caller's token, to be sent by the service's {@link DownstreamGuard} (once, or again
     * on retry), binding {@code data.<operation>}. {@code selection} is null for an operation answering a scalar.
     *
     * <p>The token is taken now, on the resolver's thread, where the request's identity is current: the request
     * itself may start later on another thread (a retry after its delay, a call that waited for a bulkhead slot),
     * where reading the identity would block an event loop or find no request.
     */
    <T> Supplier<Uni<T>> request(DownstreamOperation operation, Map<String, Object> variables, Selection selection) {
        String authorization = CallerToken.authorization();
        String body = body(operation, variables, selection);
        return () -> send(operation, authorization, body);
    }

    private String body(DownstreamOperation operation, Map<String, Object> variables, Selection selection) {
        Map<String, Object> request = new HashMap<>();
        request.put("query", operation.document(selection));
        request.put("variables", variables);
        try {
            return json.writeValueAsString(request);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the variables of " + operation.operation + " cannot be written", e);
        }
    }

    private <T> Uni<T> send(DownstreamOperation operation, String authorization, String body) {
        DownstreamService service = operation.service;
        var request = web.postAbs(urls.get(service))
                .putHeader("Content-Type", "application/json")
                .putHeader("Accept", "application/json");
        if (authorization != null) {
            request.putHeader("Authorization", authorization);
        }
        return request.sendBuffer(Buffer.buffer(body)).map(response -> {
            if (response.statusCode() != 200) {
                GatewayException refused = DownstreamErrors.fromStatus(service, response.statusCode());
                if (refused != null) {
                    throw refused;
                }
                throw new IllegalStateException(
                        service + " answered HTTP " + response.statusCode() + " to " + operation.operation);
            }
            return bind(operation, response.bodyAsString());
        });
    }

    private <T> T bind(DownstreamOperation operation, String body) {
        DownstreamService service = operation.service;
        JsonNode root;
        try {
            root = json.readTree(body);
        } catch (IOException e) {
            throw new DownstreamErrorException(
                    null, service + " answered " + operation.operation + " with a broken body", null);
        }
        JsonNode errors = root.path("errors");
        if (errors.isArray() && !errors.isEmpty()) {
            JsonNode first = errors.get(0);
            JsonNode extensions = first.path("extensions");
            throw DownstreamErrors.fromError(
                    service,
                    textOrNull(extensions.get("code")),
                    textOrNull(extensions.get("field")),
                    textOrNull(first.get("message")));
        }
        try {
            return json.treeToValue(root.path("data").path(operation.operation), answerType(operation));
        } catch (IOException e) {
            // the binding error names Java types: the operator's to read, not the caller's
            LOG.warnf("%s answered %s outside its contract: %s", service, operation.operation, e.getMessage());
            throw new DownstreamErrorException(
                    null, service + " answered " + operation.operation + " outside its contract", null);
        }
    }

    private JavaType answerType(DownstreamOperation operation) {
        JavaType answer = json.constructType(operation.type);
        for (int i = 0; i < operation.listDepth; i++) {
            answer = json.getTypeFactory().constructCollectionType(List.class, answer);
        }
        return answer;
    }

    private static String textOrNull(JsonNode node) {
        return node == null || node.isNull() ? null : node.asText();
    }

    @PreDestroy
    void close() {
        web.close();
    }
}
