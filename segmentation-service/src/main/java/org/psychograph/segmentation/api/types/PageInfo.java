package org.psychograph.segmentation.graphql.types;

/** Relay page information. */
public record PageInfo(boolean hasNextPage, String endCursor) {
}
