package org.psychograph.survey.graphql.types;

/** Relay page information. */
public record PageInfo(boolean hasNextPage, String endCursor) {
}
