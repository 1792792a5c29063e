package org.psychograph.gateway.api;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
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
import org.psychograph.gateway.config.DownstreamUrls;
import org.psychograph.gateway.config.ImportProxyConfig;

/**
 * {@code POST /surveys/{id}/imports} passed through to survey-service as a stream: the file is never held
 * in the gateway's memory, and survey-service checks the forwarded token, the size and every row itself.
 * Its answer (the import report, or a row-level error report) comes back unchanged; a broken upload reaches
 * survey-service broken, so nothing of it is applied ({@link ProxiedImport}).
 */
@ApplicationScoped
public class ImportProxy {

    private static final Set<String> FORWARDED = Set.of(
            "authorization",
            "content-type",
            "content-length",
            "content-encoding",
            "accept",
            "traceparent",
            "tracestate");

    private final HttpClient client;
    private final String surveyBase;

    public ImportProxy(Vertx vertx, DownstreamUrls urls, ImportProxyConfig settings) {
        // an import of a million rows is answered only after the last row is merged: an idle timeout, no total one
        this.client = vertx.createHttpClient(new HttpClientOptions()
                .setIdleTimeout(settings.idleTimeoutSeconds())
                .setIdleTimeoutUnit(TimeUnit.SECONDS));
        this.surveyBase = urls.survey()
                .orElseThrow(() -> new IllegalStateException("quarkus.smallrye-graphql-client.survey.url is not set"))
                .replaceFirst("/graphql/?$", "");
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
        // watches the caller from now on, so one who leaves while the upstream request opens is noticed too
        ProxiedImport exchange = new ProxiedImport(ctx);
        String query = in.query() == null ? "" : "?" + in.query();
        RequestOptions options = new RequestOptions()
                .setMethod(HttpMethod.POST)
                .setAbsoluteURI(surveyBase + "/surveys/"
                        + URLEncoder.encode(ctx.pathParam("id"), StandardCharsets.UTF_8) + "/imports" + query);
        in.headers().forEach(header -> {
            if (FORWARDED.contains(header.getKey().toLowerCase(Locale.ROOT))) {
                options.addHeader(header.getKey(), header.getValue());
            }
        });
        client.request(options).onComplete(exchange::send);
    }
}
