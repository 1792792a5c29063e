package org.psychograph.gateway.security;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ArcContainer;
import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * The caller's bearer token, forwarded on every downstream call so each service checks the caller's roles
 * and workspaces itself. The gateway's transport ({@code GraphQLTransport}) takes it when a resolver asks for a
 * downstream call, on the resolver's thread, where the request's identity is current.
 */
public final class CallerToken {

    private CallerToken() {}

    /** {@code "Bearer <token>"}, or null outside a request or for an anonymous caller. */
    public static String authorization() {
        ArcContainer container = Arc.container();
        if (container == null || !container.requestContext().isActive()) {
            return null;
        }
        SecurityIdentity identity = container.instance(SecurityIdentity.class).get();
        if (identity == null || identity.isAnonymous()) {
            return null;
        }
        AccessTokenCredential token = identity.getCredential(AccessTokenCredential.class);
        return token == null ? null : "Bearer " + token.getToken();
    }
}
