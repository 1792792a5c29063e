package org.psychograph.gateway.config;

import io.smallrye.config.ConfigMapping;

/** The streamed import pass-through to survey-service. */
@ConfigMapping(prefix = "psychograph.gateway.imports")
public interface ImportProxyConfig {

    /**
     * How long the upstream connection may stay silent: an import of a million rows is answered only after its last
     * row is merged, so there is no total timeout.
     */
    int idleTimeoutSeconds();
}
