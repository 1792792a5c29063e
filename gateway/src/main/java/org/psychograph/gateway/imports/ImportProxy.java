package org.psychograph.gateway.imports;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.RequestOptions;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * {@code POST /surveys/{id}/imports} passed through to survey-service as a stream: the file is never held
 * in the gateway's memory, and survey-service checks the forwarded token, the size and every row itself.
 * Its answer (the import report, or a row-level error report) comes back unchanged.
 */
@ApplicationScoped
public class ImportProxy {

    private static final Logger LOG = Logger.getLogger(ImportProxy.class);
    private static final Set<String> FORWARDED = Set.of("authorization", "content-type", "content-length",
            "content-encoding", "accept", "traceparent", "tracestate");
    private static final Set<String> HOP_BY_HOP = Set.of("connection", "keep-alive", "transfer-encoding", "upgrade",
            "proxy-authenticate", "proxy-authorization", "te", "trailer");

    private final HttpClient client;
    private final String surveyBase;

    public ImportProxy(Vertx vertx, @ConfigProperty(name = "quarkus.smallrye-graphql-client.survey.url") String surveyGraphQL,
            @ConfigProperty(name = "psychograph.gateway.imports.idle-timeout-seconds") int idleTimeoutSeconds) {
        // an import of a million rows is answered only after the last row is merged: an idle timeout, no total one
        this.client = vertx.createHttpClient(new HttpClientOptions().setIdleTimeout(idleTimeoutSeconds)
                .setIdleTimeoutUnit(TimeUnit.SECONDS));
        this.surveyBase = surveyGraphQL.replaceFirst("/graphql/?$", "");
    }

    void register(@Observes Router router) {
        router.post("/surveys/:id/imports").handler(this::forward);
    }

    @PreDestroy
    void close() {
        client.close();
    }

    private void forward(RoutingContext ctx) {
        HttpServerRequest in = ctx.request();
        in.pause();
        String query = in.query() == null ? "" : "?" + in.query();
        RequestOptions options = new RequestOptions().setMethod(HttpMethod.POST).setAbsoluteURI(surveyBase + "/surveys/"
                + URLEncoder.encode(ctx.pathParam("id"), StandardCharsets.UTF_8) + "/imports" + query);
        in.headers().forEach(header -> {
            if (FORWARDED.contains(header.getKey().toLowerCase(Locale.ROOT))) {
                options.addHeader(header.getKey(), header.getValue());
            }
        });
        client.request(options)
                .compose(out -> {
                    out.setChunked(!in.headers().contains(HttpHeaders.CONTENT_LENGTH));
                    return out.send(in);
                })
                .onSuccess(answer -> relay(answer, ctx.response()))
                .onFailure(failure -> unavailable(ctx, failure));
    }

    private static void relay(HttpClientResponse answer, HttpServerResponse out) {
        out.setStatusCode(answer.statusCode());
        answer.headers().forEach(header -> {
            if (!HOP_BY_HOP.contains(header.getKey().toLowerCase(Locale.ROOT))) {
                out.putHeader(header.getKey(), header.getValue());
            }
        });
        out.setChunked(!answer.headers().contains(HttpHeaders.CONTENT_LENGTH));
        answer.pipeTo(out);
    }

    private static void unavailable(RoutingContext ctx, Throwable failure) {
        LOG.warnf("import pass-through to survey-service failed: %s", failure.toString());
        if (ctx.response().headWritten()) {
            ctx.response().reset();
            return;
        }
        ctx.response().setStatusCode(503).putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
                .putHeader(HttpHeaders.CONNECTION, "close")
                .end("{\"code\":\"UNAVAILABLE\",\"message\":\"survey-service is unavailable; the import was not "
                        + "applied (imports are all-or-nothing)\"}");
    }
}
