package org.psychograph.gateway.limits;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A GraphQL request's own body limit, far below {@code quarkus.http.limits.max-body-size}, which must be as
 * large as a streamed survey import. Checked on the declared length before anything is read; a GraphQL POST
 * without a length is refused, since Quarkus would otherwise buffer it up to the import limit.
 */
@ApplicationScoped
public class GraphQLBodyLimit {

    private final long maxBytes;

    public GraphQLBodyLimit(@ConfigProperty(name = "psychograph.gateway.graphql.max-body-size") MemorySize maxBytes) {
        this.maxBytes = maxBytes.asLongValue();
    }

    void register(@Observes Router router) {
        // before the GraphQL route's body handler, which would read the whole body first
        router.post("/graphql").order(-1000).handler(this::check);
    }

    private void check(RoutingContext ctx) {
        String length = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length == null) {
            refuse(ctx, 411, "a GraphQL request needs a Content-Length");
        } else if (parse(length) > maxBytes) {
            refuse(ctx, 413, "a GraphQL request may have at most " + maxBytes + " bytes");
        } else {
            ctx.next();
        }
    }

    private static long parse(String length) {
        try {
            return Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE;
        }
    }

    private static void refuse(RoutingContext ctx, int status, String message) {
        ctx.response().setStatusCode(status).putHeader(HttpHeaders.CONNECTION, "close")
                .putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
                .end("{\"code\":\"VALIDATION\",\"message\":\"" + message + "\"}");
    }
}
