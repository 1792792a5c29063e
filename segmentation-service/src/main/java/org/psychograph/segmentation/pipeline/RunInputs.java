package org.psychograph.segmentation.pipeline;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.psychograph.segmentation.clustering.ResultCodec;
import org.psychograph.segmentation.repository.RunInputRepository;
import org.psychograph.segmentation.stored.Compression;

/**
 * Each run's prepared input, stored once (gzip JSON) and the last few kept in memory, since a worker usually takes
 * several tasks of the same run in a row.
 */
@ApplicationScoped
public class RunInputs {

    private static final int CACHED_RUNS = 2;

    private final RunInputRepository repository;
    private final Map<UUID, RunInput> cache = new LinkedHashMap<>(4, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<UUID, RunInput> eldest) {
            return size() > CACHED_RUNS;
        }
    };

    public RunInputs(RunInputRepository repository) {
        this.repository = repository;
    }

    public Uni<Void> save(SqlClient client, UUID runId, RunInput input) {
        return repository.save(client, runId, Compression.gzip(ResultCodec.toJson(input)));
    }

    public RunInput load(UUID runId) {
        synchronized (cache) {
            RunInput cached = cache.get(runId);
            if (cached != null) {
                return cached;
            }
        }
        byte[] stored = repository
                .load(runId)
                .await()
                .atMost(Duration.ofMinutes(2))
                .orElseThrow(() -> new IllegalStateException("run " + runId + " has no prepared input"));
        RunInput input = ResultCodec.fromJson(Compression.gunzip(stored), RunInput.class);
        synchronized (cache) {
            cache.put(runId, input);
        }
        return input;
    }
}
