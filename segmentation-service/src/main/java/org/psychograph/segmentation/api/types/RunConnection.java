package org.psychograph.segmentation.api.types;

import java.util.List;
import org.eclipse.microprofile.graphql.NonNull;

public record RunConnection(
        @NonNull List<@NonNull RunEdge> edges, @NonNull PageInfo pageInfo, int totalCount) {

    public record RunEdge(@NonNull String cursor, @NonNull RunView node) {}
}
