package org.psychograph.persona.client;

import io.quarkus.oidc.client.runtime.AbstractTokensProducer;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * persona-service's own access token (client credentials, {@code quarkus.oidc-client.*}), cached and
 * refreshed by the base class. Used only for calls to segmentation-service, never forwarded elsewhere.
 */
@ApplicationScoped
public class ServiceAccountTokens extends AbstractTokensProducer {
    // quarkus.oidc-client.early-tokens-acquisition=false: the bean is created on first use, on the event
    // loop, where the base class's early (blocking) acquisition would fail
}
