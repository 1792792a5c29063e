package org.psychograph.gateway.api;

import io.smallrye.mutiny.Uni;
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
 * at 100 ids), so more distinct keys than {@code maxKeys} are asked for in requests of that size, sent at once.
 * Non-blocking: the resolvers return the {@link Uni}, so no worker thread waits for the services.
 */
final class Batches {

    private Batches() {}

    static <S, K, R> Uni<List<R>> perSource(
            List<S> sources, Function<S, K> key, Function<List<K>, Uni<List<R>>> fetch, String operation, int maxKeys) {
        List<K> keys =
                sources.stream().map(key).filter(Objects::nonNull).distinct().toList();
        if (keys.isEmpty()) {
            return Uni.createFrom().item(() -> answers(sources, key, Map.of()));
        }
        List<Uni<List<R>>> requests = new ArrayList<>();
        for (int from = 0; from < keys.size(); from += maxKeys) {
            List<K> chunk = keys.subList(from, Math.min(keys.size(), from + maxKeys));
            requests.add(fetch.apply(chunk).map(answered -> checked(answered, chunk.size(), operation)));
        }
        return Uni.join().all(requests).andFailFast().map(chunks -> {
            Map<K, R> byKey = new HashMap<>();
            int i = 0;
            for (List<R> chunk : chunks) {
                for (R answer : chunk) {
                    byKey.put(keys.get(i++), answer);
                }
            }
            return answers(sources, key, byKey);
        });
    }

    private static <R> List<R> checked(List<R> answered, int asked, String operation) {
        if (answered == null || answered.size() != asked) {
            throw new DownstreamErrorException(
                    null,
                    operation + " answered " + (answered == null ? "null" : answered.size()) + " results for " + asked
                            + " keys",
                    null);
        }
        return answered;
    }

    private static <S, K, R> List<R> answers(List<S> sources, Function<S, K> key, Map<K, R> byKey) {
        List<R> results = new ArrayList<>(sources.size());
        for (S source : sources) {
            K k = key.apply(source);
            results.add(k == null ? null : byKey.get(k));
        }
        return results;
    }
}
