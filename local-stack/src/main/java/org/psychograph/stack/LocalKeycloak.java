package org.psychograph.stack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * A real Keycloak from its Maven Central distribution, in dev mode on loopback, with the suite's realm
 * (k8s/overlays/dev/keycloak/psychograph-realm.json: roles, workspaces, users, the worker client) imported.
 * Dev mode derives the token issuer from the request URL, so every party uses the same host string.
 */
public final class LocalKeycloak implements AutoCloseable {

    public static final String REALM = "psychograph";

    private final ManagedProcess process;
    private final int port;

    private LocalKeycloak(ManagedProcess process, int port) {
        this.process = process;
        this.port = port;
    }

    public static LocalKeycloak start(StackLayout layout, String version, int port)
            throws IOException, InterruptedException {
        Path home = unpack(layout, version);
        Path imports = home.resolve("data/import");
        Files.createDirectories(imports);
        Files.copy(layout.realmFile(), imports.resolve("psychograph-realm.json"), StandardCopyOption.REPLACE_EXISTING);
        Path javaHome = JavaRuntimes.javaHome(21);
        ManagedProcess process = ManagedProcess.start(
                "keycloak",
                List.of(
                        home.resolve("bin/kc.sh").toString(),
                        "start-dev",
                        "--http-port=" + port,
                        "--http-host=127.0.0.1",
                        "--import-realm",
                        "--health-enabled=true",
                        // the management interface (health, metrics) defaults to port 9000 for every instance:
                        // shift it with the HTTP port, or the tests' Keycloak collides with a running main job's
                        "--http-management-port=" + (port + 1000)),
                Map.of(
                        "JAVA_HOME",
                        javaHome.toString(),
                        "PATH",
                        javaHome.resolve("bin") + ":" + System.getenv("PATH"),
                        "KC_BOOTSTRAP_ADMIN_USERNAME",
                        "admin",
                        "KC_BOOTSTRAP_ADMIN_PASSWORD",
                        "admin"),
                home,
                layout.logs());
        LocalKeycloak keycloak = new LocalKeycloak(process, port);
        process.awaitReady(keycloak.issuer() + "/.well-known/openid-configuration", Duration.ofSeconds(180));
        return keycloak;
    }

    private static Path unpack(StackLayout layout, String version) throws IOException, InterruptedException {
        Path home = layout.stateDir().resolve("keycloak-" + version);
        if (Files.exists(home.resolve("bin/kc.sh"))) {
            return home;
        }
        Path archive = layout.keycloakArchive(version);
        if (!Files.exists(archive)) {
            throw new IllegalStateException("Keycloak distribution not found at " + archive
                    + ": build the project first (./mvnw -DskipTests install)");
        }
        Files.createDirectories(home);
        Process tar = new ProcessBuilder(
                        "tar", "-xzf", archive.toString(), "-C", home.toString(), "--strip-components=1")
                .inheritIO()
                .start();
        if (tar.waitFor() != 0) {
            throw new IllegalStateException("could not unpack " + archive);
        }
        return home;
    }

    public String issuer() {
        return "http://127.0.0.1:" + port + "/realms/" + REALM;
    }

    public String tokenEndpoint() {
        return issuer() + "/protocol/openid-connect/token";
    }

    @Override
    public void close() {
        process.close();
    }
}
