package org.psychograph.segmentation.api;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.psychograph.segmentation.api.types.AssignmentConnection;
import org.psychograph.segmentation.api.types.AssignmentConnection.AssignmentEdge;
import org.psychograph.segmentation.api.types.AssignmentConnection.AssignmentView;
import org.psychograph.segmentation.api.types.PageInfo;
import org.psychograph.segmentation.api.types.RunConnection;
import org.psychograph.segmentation.api.types.RunConnection.RunEdge;
import org.psychograph.segmentation.model.RespondentAssignment;
import org.psychograph.segmentation.model.SegmentationRun;
import org.psychograph.segmentation.service.Page;

/** Relay connections from the service's pages: every connection of the API is built here, the same way. */
final class Connections {

    private Connections() {}

    static RunConnection runs(Page<SegmentationRun> page) {
        return connection(
                page, RunViews::of, RunEdge::new, (edges, info) -> new RunConnection(edges, info, page.totalCount()));
    }

    static AssignmentConnection assignments(Page<RespondentAssignment> page) {
        return connection(
                page,
                a -> new AssignmentView(a.respondentId(), a.segmentNumber(), a.distance(), a.margin()),
                AssignmentEdge::new,
                (edges, info) -> new AssignmentConnection(edges, info, page.totalCount()));
    }

    private static <T, V, E, C> C connection(
            Page<T> page,
            Function<T, V> view,
            BiFunction<String, V, E> edge,
            BiFunction<List<E>, PageInfo, C> connection) {
        List<E> edges = page.edges().stream()
                .map(e -> edge.apply(e.cursor(), view.apply(e.node())))
                .toList();
        return connection.apply(edges, new PageInfo(page.hasNextPage(), page.endCursor()));
    }
}
