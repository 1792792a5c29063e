package org.psychograph.testing;

import io.smallrye.jwt.build.Jwt;
import java.util.List;
import java.util.Set;

/**
 * Real signed access tokens for module tests, accepted by a service whose OIDC provider is
 * {@code OidcWiremockTestResource} (same issuer and signing key). Unlike the resource's own helper,
 * these carry the suite's {@code workspaces} claim as a JSON array, as Keycloak's multivalued
 * attribute mapper does.
 */
public final class TestTokens {

    /** The issuer the wiremock OIDC server announces. */
    public static final String ISSUER = "https://server.example.com";

    private TestTokens() {}

    public static String token(String user, Set<String> roles, List<String> workspaces) {
        return Jwt.preferredUserName(user)
                .subject(user)
                .groups(roles)
                .claim("workspaces", workspaces)
                .issuer(ISSUER)
                .audience("psychograph-api")
                .jws()
                .keyId("1")
                .sign("privateKey.jwk");
    }

    public static String analyst(String workspace) {
        return token("alice", Set.of("analyst"), List.of(workspace));
    }

    public static String viewer(String workspace) {
        return token("victor", Set.of("viewer"), List.of(workspace));
    }

    /** "Bearer ..." header value. */
    public static String bearer(String token) {
        return "Bearer " + token;
    }
}
