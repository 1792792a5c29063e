package org.psychograph.gateway.config;

import io.smallrye.config.ConfigMapping;

/**
 * What the browser console needs to sign a user in: the OIDC issuer as the browser reaches it and the public
 * client's id. The issuer is its own setting because a gateway in a cluster may reach the provider by an internal
 * address the browser cannot; it defaults to the gateway's own {@code quarkus.oidc.auth-server-url}.
 */
@ConfigMapping(prefix = "psychograph.console")
public interface ConsoleConfig {

    /** The issuer URL the browser signs in at (a realm URL for Keycloak). */
    String oidcAuthority();

    /** The public OIDC client of the console (authorization code with PKCE, no secret). */
    String oidcClientId();
}
