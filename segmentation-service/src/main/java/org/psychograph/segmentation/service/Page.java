package org.psychograph.segmentation.service;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * One page of a keyset-paged list, each item with the opaque cursor that continues after it. The API turns it
 * into a Relay connection.
 */
public record Page<T>(List<Edge<T>> edges, boolean hasNextPage, int totalCount) {

    public record Edge<T>(String cursor, T node) {}

    /**
     * The page of {@code size} items from {@code fetched}, which holds up to one more (whose presence says a next
     * page exists); {@code position} is an item's keyset position, encoded as its cursor.
     */
    public static <T> Page<T> of(List<T> fetched, int size, Function<T, String> position, long totalCount) {
        List<Edge<T>> edges = new ArrayList<>();
        for (T item : fetched.subList(0, Math.min(size, fetched.size()))) {
            edges.add(new Edge<>(Cursors.encode(position.apply(item)), item));
        }
        return new Page<>(edges, fetched.size() > size, Math.toIntExact(totalCount));
    }

    public static <T> Page<T> empty() {
        return new Page<>(List.of(), false, 0);
    }

    /** The cursor of the last item, or null on an empty page. */
    public String endCursor() {
        return edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor();
    }
}
