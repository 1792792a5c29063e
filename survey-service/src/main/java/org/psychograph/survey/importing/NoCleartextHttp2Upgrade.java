package org.psychograph.survey.importing;

import io.quarkus.vertx.http.HttpServerOptionsCustomizer;
import io.vertx.core.http.HttpServerOptions;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Refuses HTTP/2 upgrades over plain HTTP (h2c). To upgrade a request that has a body, the server must first
 * read the whole body into memory: a client asking for the upgrade (Java's HttpClient does by default) had a
 * 92 MB import file held in the heap before its first row was read (measured, docs/benchmarks.md). Such clients
 * carry on over HTTP/1.1, where the file streams with backpressure; HTTP/2 over TLS is unaffected.
 */
@ApplicationScoped
public class NoCleartextHttp2Upgrade implements HttpServerOptionsCustomizer {

    @Override
    public void customizeHttpServer(HttpServerOptions options) {
        options.setHttp2ClearTextEnabled(false);
    }
}
