package org.psychograph.gateway.health;

import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import org.psychograph.gateway.config.DownstreamUrls;
import org.psychograph.gateway.config.ReadinessConfig;

/**
 * Reports each service's own readiness ({@code /q/health/ready}, next to its {@code /graphql}). By default
 * the gateway stays ready when a service is not: it still answers the other services' data with UNAVAILABLE
 * errors, and taking the gateway out of rotation would turn one service's outage into a full outage. Set
 * {@code psychograph.gateway.readiness.requires-downstream=true} to make every service a readiness condition.
 */
@Readiness
@ApplicationScoped
public class DownstreamReadiness implements AsyncHealthCheck {

    private static final List<String> SERVICES = List.of("survey", "segmentation", "persona");
    private static final Duration TIMEOUT = Duration.ofSeconds(2);

    private final DownstreamUrls urls;
    private final boolean requiresDownstream;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    public DownstreamReadiness(DownstreamUrls urls, ReadinessConfig settings) {
        this.urls = urls;
        this.requiresDownstream = settings.requiresDownstream();
    }

    @Override
    public Uni<HealthCheckResponse> call() {
        Map<String, CompletableFuture<String>> states = new LinkedHashMap<>();
        for (String service : SERVICES) {
            states.put(service, state(service));
        }
        return Uni.createFrom()
                .completionStage(CompletableFuture.allOf(states.values().toArray(CompletableFuture[]::new)))
                .map(done -> response(states));
    }

    private HealthCheckResponse response(Map<String, CompletableFuture<String>> states) {
        HealthCheckResponseBuilder builder = HealthCheckResponse.named("downstream services");
        boolean allUp = true;
        for (Map.Entry<String, CompletableFuture<String>> state : states.entrySet()) {
            String value = state.getValue().join();
            builder.withData(state.getKey(), value);
            allUp &= "UP".equals(value);
        }
        builder.withData("requiresDownstream", requiresDownstream);
        return builder.status(allUp || !requiresDownstream).build();
    }

    private CompletableFuture<String> state(String service) {
        String graphql = urls.of(service).orElse(null);
        if (graphql == null) {
            return CompletableFuture.completedFuture("NOT CONFIGURED");
        }
        URI ready = URI.create(graphql.replaceFirst("/graphql/?$", "") + "/q/health/ready");
        HttpRequest request =
                HttpRequest.newBuilder(ready).timeout(TIMEOUT).GET().build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.discarding())
                .thenApply(
                        response -> response.statusCode() == 200 ? "UP" : "DOWN (HTTP " + response.statusCode() + ")")
                .exceptionally(failure -> "DOWN (" + rootMessage(failure) + ")");
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName();
    }
}
