package org.psychograph.survey.api;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** The answer of a by-ids query: one entry per id asked, in the order asked, null where nothing was found. */
final class ByIds {

    private ByIds() {}

    static <T, V> List<V> inOrder(List<String> ids, List<T> found, Function<T, String> idOf, Function<T, V> view) {
        Map<String, V> byId = new HashMap<>();
        for (T item : found) {
            byId.put(idOf.apply(item), view.apply(item));
        }
        List<V> ordered = new ArrayList<>(ids.size());
        ids.forEach(id -> ordered.add(byId.get(id)));
        return ordered;
    }
}
