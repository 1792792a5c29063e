package org.psychograph.gateway.config;

import io.smallrye.config.ConfigMapping;

/** How many distinct parents one batched downstream request may carry (persona-service takes at most 100). */
@ConfigMapping(prefix = "psychograph.gateway.batch")
public interface BatchLimits {

    int maxKeys();
}
