package org.psychograph.stack;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * A real PostgreSQL from Maven Central's embedded binaries, with its data kept in a folder so a second
 * run finds the first run's data. Each service gets its own database and role.
 */
public final class LocalPostgres implements AutoCloseable {

    private final EmbeddedPostgres postgres;

    private LocalPostgres(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    public static LocalPostgres start(Path dataDir, int port, boolean durable) throws IOException {
        Files.createDirectories(dataDir);
        stopOrphan(dataDir);
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(false)
                .setPort(port)
                .setPGStartupWait(Duration.ofSeconds(60))
                .setServerConfig("listen_addresses", "127.0.0.1")
                .setServerConfig("max_connections", "200");
        if (!durable) {
            builder.setServerConfig("fsync", "off").setServerConfig("synchronous_commit", "off");
        } else {
            builder.setServerConfig("fsync", "on");
        }
        return new LocalPostgres(builder.start());
    }

    /** A server left running by a killed previous run holds the port and the data folder: stop it first. */
    private static void stopOrphan(Path dataDir) throws IOException {
        Path pidFile = dataDir.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        List<String> lines = Files.readAllLines(pidFile);
        Optional<ProcessHandle> orphan = lines.isEmpty()
                ? Optional.empty()
                : ProcessHandle.of(Long.parseLong(lines.get(0).strip()));
        orphan.filter(ProcessHandle::isAlive).ifPresent(process -> {
            process.destroy();
            process.onExit()
                    .orTimeout(30, java.util.concurrent.TimeUnit.SECONDS)
                    .join();
        });
        Files.deleteIfExists(pidFile);
    }

    public int port() {
        return postgres.getPort();
    }

    /** Creates the role and database of a service if they do not exist yet (its name for both). */
    public void ensureServiceDatabase(String name) throws SQLException {
        try (Connection c = DriverManager.getConnection(jdbcUrl("postgres"), "postgres", "");
                Statement s = c.createStatement()) {
            var role = s.executeQuery("SELECT 1 FROM pg_roles WHERE rolname = '" + name + "'");
            if (!role.next()) {
                s.execute("CREATE ROLE " + name + " LOGIN PASSWORD '" + name + "'");
            }
            var db = s.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + name + "'");
            if (!db.next()) {
                s.execute("CREATE DATABASE " + name + " OWNER " + name);
            }
        }
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port() + "/" + database;
    }

    public String reactiveUrl(String database) {
        return "postgresql://127.0.0.1:" + port() + "/" + database;
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
