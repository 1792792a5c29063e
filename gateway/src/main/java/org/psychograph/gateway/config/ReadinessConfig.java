package org.psychograph.gateway.config;

import io.smallrye.config.ConfigMapping;

/** Whether the gateway's readiness waits for every downstream service ({@code DownstreamReadiness}). */
@ConfigMapping(prefix = "psychograph.gateway.readiness")
public interface ReadinessConfig {

    boolean requiresDownstream();
}
