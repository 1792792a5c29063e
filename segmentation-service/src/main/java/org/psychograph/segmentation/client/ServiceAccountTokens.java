package org.psychograph.segmentation.client;

import io.quarkus.oidc.client.OidcClient;
import io.quarkus.oidc.client.Tokens;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.time.Duration;
import java.util.Optional;
import org.psychograph.segmentation.config.ServiceAccountConfig;

/**
 * The service account's access token (OIDC client credentials, quarkus-oidc-client) for background work,
 * cached until shortly before it expires. Where no OIDC client is configured (module tests), a static token
 * from {@code psychograph.service-token} is used instead.
 */
@ApplicationScoped
public class ServiceAccountTokens {

    private final Instance<OidcClient> client;
    private final Optional<String> staticToken;
    private Tokens tokens;

    public ServiceAccountTokens(Instance<OidcClient> client, ServiceAccountConfig config) {
        this.client = client;
        this.staticToken = config.token();
    }

    public synchronized String accessToken() {
        if (staticToken.isPresent()) {
            return staticToken.get();
        }
        if (tokens == null || tokens.isAccessTokenWithinRefreshInterval() || tokens.isAccessTokenExpired()) {
            tokens = tokens != null && tokens.getRefreshToken() != null && !tokens.isRefreshTokenExpired()
                    ? client.get()
                            .refreshTokens(tokens.getRefreshToken())
                            .await()
                            .atMost(Duration.ofSeconds(10))
                    : client.get().getTokens().await().atMost(Duration.ofSeconds(10));
        }
        return tokens.getAccessToken();
    }
}
