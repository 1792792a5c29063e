package org.psychograph.gateway.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithName;
import java.util.Optional;

/**
 * Each service's {@code /graphql} ({@code /q/health/ready} and {@code /surveys/{id}/imports} sit beside it). The
 * keys are the ones deployments already set ({@code QUARKUS_SMALLRYE_GRAPHQL_CLIENT_<SERVICE>_URL}), from the time
 * the gateway used SmallRye's typed GraphQL clients.
 */
@ConfigMapping(prefix = "quarkus.smallrye-graphql-client")
public interface DownstreamUrls {

    @WithName("survey.url")
    Optional<String> survey();

    @WithName("segmentation.url")
    Optional<String> segmentation();

    @WithName("persona.url")
    Optional<String> persona();

    /** The URL of a service by its key ({@code survey}, {@code segmentation}, {@code persona}). */
    default Optional<String> of(String serviceKey) {
        return switch (serviceKey) {
            case "survey" -> survey();
            case "segmentation" -> segmentation();
            case "persona" -> persona();
            default -> throw new IllegalArgumentException("no downstream service " + serviceKey);
        };
    }
}
