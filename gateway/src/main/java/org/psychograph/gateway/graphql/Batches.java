package org.psychograph.gateway.graphql;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.psychograph.gateway.error.DownstreamErrorException;

/**
 * Turns one batched downstream call into the per-parent answers a batched {@code @Source List<...>}
 * resolver must return: each distinct key is asked for once, and the result list has the parents' size and
 * order (null where a parent has no key or the service returned none). The services cap a batch (persona-service
 * at 100 ids), so more distinct keys than {@code maxKeys} are asked for in consecutive calls of that size.
 */
final class Batches {

    private Batches() {
    }

    static <S, K, R> List<R> perSource(List<S> sources, Function<S, K> key, Function<List<K>, List<R>> fetch,
            String operation, int maxKeys) {
        List<K> keys = sources.stream().map(key).filter(Objects::nonNull).distinct().toList();
        List<R> fetched = new ArrayList<>(keys.size());
        for (int from = 0; from < keys.size(); from += maxKeys) {
            List<K> chunk = keys.subList(from, Math.min(keys.size(), from + maxKeys));
            List<R> answered = fetch.apply(chunk);
            if (answered == null || answered.size() != chunk.size()) {
                throw new DownstreamErrorException(null, operation + " answered " + (answered == null ? "null"
                        : answered.size()) + " results for " + chunk.size() + " keys", null);
            }
            fetched.addAll(answered);
        }
        Map<K, R> byKey = new HashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            byKey.put(keys.get(i), fetched.get(i));
        }
        List<R> results = new ArrayList<>(sources.size());
        for (S source : sources) {
            K k = key.apply(source);
            results.add(k == null ? null : byKey.get(k));
        }
        return results;
    }
}
