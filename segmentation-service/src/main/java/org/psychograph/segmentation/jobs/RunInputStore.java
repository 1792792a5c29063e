package org.psychograph.segmentation.jobs;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.psychograph.segmentation.clustering.ResultCodec;
import org.psychograph.segmentation.stored.Compression;

/**
 * Stores each run's prepared input once and keeps the last few in memory, since a worker usually takes
 * several tasks of the same run in a row.
 */
@ApplicationScoped
public class RunInputStore {

    private static final int CACHED_RUNS = 2;

    private final Pool pool;
    private final Map<UUID, RunInput> cache = new LinkedHashMap<>(4, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<UUID, RunInput> eldest) {
            return size() > CACHED_RUNS;
        }
    };

    public RunInputStore(Pool pool) {
        this.pool = pool;
    }

    public Uni<Void> save(SqlClient client, UUID runId, RunInput input) {
        byte[] bytes = Compression.gzip(ResultCodec.toJson(input));
        return client.preparedQuery("INSERT INTO run_input (run_id, prepared) VALUES ($1, $2) "
                + "ON CONFLICT (run_id) DO UPDATE SET prepared = excluded.prepared")
                .execute(Tuple.of(runId, io.vertx.core.buffer.Buffer.buffer(bytes))).replaceWithVoid();
    }

    public RunInput load(UUID runId) {
        synchronized (cache) {
            RunInput cached = cache.get(runId);
            if (cached != null) {
                return cached;
            }
        }
        var rows = pool.preparedQuery("SELECT prepared FROM run_input WHERE run_id = $1").execute(Tuple.of(runId))
                .await().atMost(Duration.ofMinutes(2));
        if (rows.size() == 0) {
            throw new IllegalStateException("run " + runId + " has no prepared input");
        }
        RunInput input = ResultCodec.fromJson(Compression.gunzip(rows.iterator().next().getBuffer(0).getBytes()),
                RunInput.class);
        synchronized (cache) {
            cache.put(runId, input);
        }
        return input;
    }
}
