package org.psychograph.survey.service;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a keyset-paged list: the items shown, whether more follow, and how many there are in all. The API
 * turns it into a Relay connection (cursors from each item's keyset position).
 */
public record Page<T>(List<T> items, boolean hasNextPage, int totalCount) {

    public Page {
        items = List.copyOf(items);
    }

    /** From a fetch of one item more than the page size: the extra item only tells that more follow. */
    public static <T> Page<T> of(List<T> fetched, int size, int totalCount) {
        boolean more = fetched.size() > size;
        return new Page<>(more ? fetched.subList(0, size) : fetched, more, totalCount);
    }

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), hasNextPage, totalCount);
    }
}
