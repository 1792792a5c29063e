package org.psychograph.segmentation.client;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * The bearer tokens of outgoing calls, chosen per client method, never by guessing: calls made while serving
 * a request carry the caller's own token (so the called service applies the caller's roles and workspaces)
 * and nothing when there is no caller token; background work (workers, outbox relay) carries the service
 * account's token, whose role ("service") only reads. A request never borrows the service account. Headers
 * are computed on the calling thread when the client method is invoked (there is no built-in token
 * propagation for GraphQL clients).
 */
public final class OutgoingToken {

    private OutgoingToken() {}

    /** The caller's bearer token, or null (no header: the called service refuses the call) without one. */
    public static String caller() {
        ManagedContext request = Arc.container().requestContext();
        if (!request.isActive()) {
            return null;
        }
        SecurityIdentity identity =
                Arc.container().instance(SecurityIdentity.class).get();
        if (identity == null || identity.isAnonymous()) {
            return null;
        }
        AccessTokenCredential credential = identity.getCredential(AccessTokenCredential.class);
        return credential == null ? null : "Bearer " + credential.getToken();
    }

    /** The service account's bearer token, for background work only. */
    public static String serviceAccount() {
        return "Bearer "
                + Arc.container().instance(ServiceAccountTokens.class).get().accessToken();
    }
}
