package org.psychograph.segmentation.config;

import io.smallrye.config.ConfigMapping;
import java.util.Optional;

/** Where persona-service's GraphQL endpoint is ({@code quarkus.smallrye-graphql-client.persona.url}); none: no relay. */
@ConfigMapping(prefix = "quarkus.smallrye-graphql-client.persona")
public interface PersonaClientConfig {

    Optional<String> url();
}
