package org.psychograph.segmentation.api.types;

/** Relay page information. */
public record PageInfo(boolean hasNextPage, String endCursor) {}
