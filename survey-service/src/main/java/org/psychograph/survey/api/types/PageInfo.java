package org.psychograph.survey.api.types;

/** Relay page information. */
public record PageInfo(boolean hasNextPage, String endCursor) {}
