package org.psychograph.gateway.model;

import org.eclipse.microprofile.graphql.NonNull;

/** Relay page information, the same in every service. */
public final class PageInfo {

    private @NonNull Boolean hasNextPage;
    private String endCursor;

    public @NonNull Boolean getHasNextPage() {
        return hasNextPage;
    }

    public String getEndCursor() {
        return endCursor;
    }
}
