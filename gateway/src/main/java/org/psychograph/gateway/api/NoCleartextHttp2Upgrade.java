package org.psychograph.gateway.api;

import io.quarkus.vertx.http.HttpServerOptionsCustomizer;
import io.vertx.core.http.HttpServerOptions;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Refuses HTTP/2 over plain HTTP (h2c). To upgrade a request that has a body, the server first reads the whole
 * body into memory, so an import passed through for a client that asks for the upgrade (Java's HttpClient does
 * by default) would sit in the gateway's heap before a byte reached survey-service (measured on survey-service,
 * which refuses the upgrade for the same reason; docs/benchmarks.md). Such clients carry on over HTTP/1.1.
 */
@ApplicationScoped
public class NoCleartextHttp2Upgrade implements HttpServerOptionsCustomizer {

    @Override
    public void customizeHttpServer(HttpServerOptions options) {
        options.setHttp2ClearTextEnabled(false);
    }
}
