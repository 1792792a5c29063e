package org.psychograph.gateway.model;

import org.eclipse.microprofile.graphql.NonNull;

/** Relay page information, the same in every service. */
public record PageInfo(@NonNull Boolean hasNextPage, String endCursor) {
}
