package org.psychograph.segmentation.client;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * The bearer token of outgoing calls: the caller's own token while serving a request (so the called
 * service applies the caller's roles and workspaces), the service account's token in background work
 * (workers, outbox relay), where there is no caller. Headers are computed on the calling thread when the
 * client method is invoked (there is no built-in token propagation for GraphQL clients).
 */
public final class OutgoingToken {

    private OutgoingToken() {
    }

    public static String bearer() {
        ManagedContext request = Arc.container().requestContext();
        if (request.isActive()) {
            SecurityIdentity identity = Arc.container().instance(SecurityIdentity.class).get();
            if (identity != null && !identity.isAnonymous()) {
                AccessTokenCredential credential = identity.getCredential(AccessTokenCredential.class);
                if (credential != null) {
                    return "Bearer " + credential.getToken();
                }
            }
        }
        return "Bearer " + Arc.container().instance(ServiceAccountTokens.class).get().accessToken();
    }
}
