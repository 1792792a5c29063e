package org.psychograph.gateway.client;

import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.WebClientOptions;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.ext.web.client.WebClient;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.Config;
import org.jboss.logging.Logger;
import org.psychograph.gateway.error.DownstreamErrorException;
import org.psychograph.gateway.error.GatewayException;
import org.psychograph.gateway.security.CallerToken;

/**
 * Sends a read to a service asking for exactly the caller's {@link Selection}, and binds the answer to the
 * gateway's model classes.
 *
 * <p>Why not the typed clients here: a typed client's selection set is fixed by its Java return type, so it
 * asks for every field of a run or persona (hundreds of objects) whatever the caller wanted, then binds each
 * object reflectively; that made a gateway query 10-100 times slower than the same query sent to the service
 * (docs/benchmarks.md). The dynamic client could carry the selection but takes its headers at build time, and
 * the caller's token differs per request. So the hot reads (by id and the batches behind the cross-service
 * fields) go out as plain GraphQL over the Vert.x web client (instrumented like the typed clients, so the
 * trace context still travels), and Jackson binds the answer. Mutations and the rarer reads keep the typed
 * clients. Errors map exactly as in {@link DownstreamCall}.
 */
@ApplicationScoped
public class SelectedFieldsReader {

    private static final Logger LOG = Logger.getLogger(SelectedFieldsReader.class);

    private final WebClient web;
    private final ObjectMapper json;
    private final Config config;
    private final Map<String, String> urls = new ConcurrentHashMap<>();

    SelectedFieldsReader(Vertx vertx, ObjectMapper quarkusMapper, Config config) {
        this.web = WebClient.create(vertx, new WebClientOptions().setKeepAlive(true).setMaxPoolSize(64));
        // field access: the model classes have getters for the server side but no setters
        this.json = quarkusMapper.copy()
                .setVisibility(PropertyAccessor.ALL, Visibility.NONE)
                .setVisibility(PropertyAccessor.FIELD, Visibility.ANY)
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
                .configure(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE, false);
        this.config = config;
    }

    /** Variables for a read; unlike {@code Map.of} it keeps null values (an absent page cursor). */
    static Map<String, Object> variables(Object... namesAndValues) {
        Map<String, Object> map = new HashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            map.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return map;
    }

    private JavaType type(Class<?> type, int listDepth) {
        JavaType answer = json.constructType(type);
        for (int i = 0; i < listDepth; i++) {
            answer = json.getTypeFactory().constructCollectionType(java.util.List.class, answer);
        }
        return answer;
    }

    /**
     * One {@link SelectiveRead} with the caller's token, to be sent by the service's fault-tolerance wrapper (once,
     * or again on retry), binding {@code data.<operation>}: an object of the read's type, or lists of them
     * {@code listDepth} deep ({@code [[Run]]} is 2). Non-blocking: the answer is bound on the event loop that
     * receives it.
     *
     * <p>The token is taken now, on the resolver's thread, where the request's identity is current: the read itself
     * may start later on another thread (a retry after its delay, a call that waited for a bulkhead slot), where
     * reading the identity would block an event loop or find no request.
     */
    <T> Supplier<Uni<T>> read(String service, SelectiveRead read, Map<String, Object> variables, Selection selection,
            int listDepth) {
        String authorization = CallerToken.authorization();
        return () -> send(service, authorization, read, variables, selection, listDepth);
    }

    private <T> Uni<T> send(String service, String authorization, SelectiveRead read, Map<String, Object> variables,
            Selection selection, int listDepth) {
        String document = read.document(selection);
        String operation = read.operation;
        var request = web.postAbs(url(read.clientKey)).putHeader("Content-Type", "application/json")
                .putHeader("Accept", "application/json");
        if (authorization != null) {
            request.putHeader("Authorization", authorization);
        }
        return request.sendJsonObject(new JsonObject().put("query", document).put("variables", variables))
                .map(response -> {
                    if (response.statusCode() != 200) {
                        GatewayException refused = DownstreamCall.fromStatus(service, response.statusCode());
                        if (refused != null) {
                            throw refused;
                        }
                        throw new IllegalStateException(service + " answered HTTP " + response.statusCode() + " to "
                                + operation);
                    }
                    return bind(service, operation, response.bodyAsString(), type(read.type, listDepth));
                });
    }

    private <T> T bind(String service, String operation, String body, JavaType answer) {
        JsonNode root;
        try {
            root = json.readTree(body);
        } catch (IOException e) {
            throw new DownstreamErrorException(null, service + " answered " + operation + " with a broken body", null);
        }
        JsonNode errors = root.path("errors");
        if (errors.isArray() && !errors.isEmpty()) {
            JsonNode first = errors.get(0);
            JsonNode extensions = first.path("extensions");
            throw DownstreamCall.fromError(service, textOrNull(extensions.get("code")),
                    textOrNull(extensions.get("field")), textOrNull(first.get("message")));
        }
        try {
            return json.treeToValue(root.path("data").path(operation), answer);
        } catch (IOException e) {
            // the binding error names Java types: the operator's to read, not the caller's
            LOG.warnf("%s answered %s outside its contract: %s", service, operation, e.getMessage());
            throw new DownstreamErrorException(null, service + " answered " + operation + " outside its contract",
                    null);
        }
    }

    private static String textOrNull(JsonNode node) {
        return node == null || node.isNull() ? null : node.asText();
    }

    private String url(String clientKey) {
        return urls.computeIfAbsent(clientKey, key -> config.getValue("quarkus.smallrye-graphql-client." + key + ".url",
                String.class));
    }

    @PreDestroy
    void close() {
        web.close();
    }
}
