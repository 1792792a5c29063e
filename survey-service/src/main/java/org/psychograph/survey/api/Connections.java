package org.psychograph.survey.api;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.psychograph.survey.api.types.PageInfo;
import org.psychograph.survey.service.Cursors;
import org.psychograph.survey.service.Page;

/**
 * Builds every Relay connection of the API from a service's {@link Page}: each cursor is the item's keyset
 * position, encoded; the end cursor is the last item's. One place, so every list pages the same way.
 */
final class Connections {

    private Connections() {}

    /** The type-specific connection record (GraphQL needs one concrete type per list). */
    @FunctionalInterface
    interface ConnectionFactory<E, C> {
        C connection(List<E> edges, PageInfo pageInfo, int totalCount);
    }

    static <T, E, C> C of(
            Page<T> page,
            Function<T, String> position,
            BiFunction<String, T, E> edge,
            ConnectionFactory<E, C> connection) {
        List<E> edges = new ArrayList<>(page.items().size());
        String end = null;
        for (T item : page.items()) {
            end = Cursors.encode(position.apply(item));
            edges.add(edge.apply(end, item));
        }
        return connection.connection(edges, new PageInfo(page.hasNextPage(), end), page.totalCount());
    }

    /** Page information alone, for pages whose items carry no cursor of their own (the response matrix). */
    static <T> PageInfo pageInfo(Page<T> page, Function<T, String> position) {
        List<T> items = page.items();
        String end = items.isEmpty() ? null : Cursors.encode(position.apply(items.get(items.size() - 1)));
        return new PageInfo(page.hasNextPage(), end);
    }
}
