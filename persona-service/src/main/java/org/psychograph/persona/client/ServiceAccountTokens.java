package org.psychograph.persona.client;

import io.quarkus.oidc.client.runtime.AbstractTokensProducer;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * persona-service's own access token (client credentials, {@code quarkus.oidc-client.*}), cached and
 * refreshed by the base class. Used only for calls to segmentation-service, never forwarded elsewhere.
 */
@ApplicationScoped
public class ServiceAccountTokens extends AbstractTokensProducer {

    public ServiceAccountTokens() {
        // the identity provider may start after this service; ask for the token on first use instead
        earlyTokenAcquisition = false;
    }
}
