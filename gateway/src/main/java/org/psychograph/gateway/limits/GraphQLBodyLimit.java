package org.psychograph.gateway.limits;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.psychograph.gateway.config.GraphQLLimits;

/**
 * A GraphQL request's own body limit, far below {@code quarkus.http.limits.max-body-size}, which must be as
 * large as a streamed survey import. Checked on the declared length before anything is read; a GraphQL POST
 * without a length is refused, since Quarkus would otherwise buffer it up to the import limit.
 *
 * <p>Requests above {@code large-body-threshold} are also charged to a {@link ByteBudget} per caller (the
 * Authorization header, as a digest: a forged token only gets a bucket of its own) and to one shared by all, and
 * refused with 429 RATE_LIMITED and {@code Retry-After} when it is spent: one caller's stream of large requests
 * must not take the cores every other tenant's reads need. Ordinary requests are far below the threshold and never
 * charged. The check runs before authentication (the body must not be read first), so a caller who forges a new
 * token for every request can spend the shared bucket: large requests of others are then refused for a while,
 * ordinary ones never.
 */
@ApplicationScoped
public class GraphQLBodyLimit {

    private final long maxBytes;
    private final long largeBytes;
    private final ByteBudget budget;

    public GraphQLBodyLimit(GraphQLLimits limits) {
        this.maxBytes = limits.maxBodySize().asLongValue();
        this.largeBytes = limits.largeBodyThreshold().asLongValue();
        this.budget = new ByteBudget(
                limits.largeBytesPerSecond().asLongValue(),
                limits.largeBytesBurst().asLongValue(),
                limits.largeBytesPerSecondAll().asLongValue(),
                limits.largeBytesBurstAll().asLongValue(),
                System::nanoTime);
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
        } else if (parse(length) > largeBytes) {
            long retryAfter = budget.take(caller(ctx), parse(length));
            if (retryAfter == 0) {
                ctx.next();
            } else {
                ctx.response().putHeader(HttpHeaders.RETRY_AFTER, Long.toString(retryAfter));
                ctx.response()
                        .setStatusCode(429)
                        .putHeader(HttpHeaders.CONNECTION, "close")
                        .putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
                        .end("{\"code\":\"RATE_LIMITED\",\"message\":\"too many bytes of large GraphQL requests "
                                + "(over " + largeBytes + " bytes each); retry after " + retryAfter + " s\"}");
            }
        } else {
            ctx.next();
        }
    }

    /** The caller's key: a digest of the Authorization header (a header can be 20 KB; 10,000 of them add up). */
    private static String caller(RoutingContext ctx) {
        String authorization = ctx.request().getHeader(HttpHeaders.AUTHORIZATION);
        if (authorization == null) {
            return "anonymous";
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(authorization.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
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
        ctx.response()
                .setStatusCode(status)
                .putHeader(HttpHeaders.CONNECTION, "close")
                .putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
                .end("{\"code\":\"VALIDATION\",\"message\":\"" + message + "\"}");
    }
}
