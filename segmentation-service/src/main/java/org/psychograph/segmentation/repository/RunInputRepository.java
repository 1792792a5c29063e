package org.psychograph.segmentation.repository;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;

/** A run's prepared input ({@code run_input}), written once by its PREPARE task, as stored bytes. */
@ApplicationScoped
public class RunInputRepository {

    private final Pool pool;

    public RunInputRepository(Pool pool) {
        this.pool = pool;
    }

    public Uni<Void> save(SqlClient client, UUID runId, byte[] prepared) {
        return client.preparedQuery("INSERT INTO run_input (run_id, prepared) VALUES ($1, $2) "
                        + "ON CONFLICT (run_id) DO UPDATE SET prepared = excluded.prepared")
                .execute(Tuple.of(runId, io.vertx.core.buffer.Buffer.buffer(prepared)))
                .replaceWithVoid();
    }

    public Uni<Optional<byte[]>> load(UUID runId) {
        return pool.preparedQuery("SELECT prepared FROM run_input WHERE run_id = $1")
                .execute(Tuple.of(runId))
                .map(rows -> rows.size() == 0
                        ? Optional.empty()
                        : Optional.of(rows.iterator().next().getBuffer(0).getBytes()));
    }
}
