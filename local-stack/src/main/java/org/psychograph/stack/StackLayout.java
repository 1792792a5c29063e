package org.psychograph.stack;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where things are: the project root (found by walking up to {@code mvnw}), the packaged services, and
 * the folder that keeps the local stack's state between runs ({@code .devstack/}, ignored by git).
 */
public record StackLayout(Path projectRoot, Path stateDir) {

    public static StackLayout forProject() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve("mvnw"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("run this from inside the Psychograph project (no mvnw found above "
                    + Path.of("").toAbsolutePath() + ")");
        }
        return new StackLayout(dir, dir.resolve(".devstack"));
    }

    /** The same project with its state somewhere else (tests use a temporary folder). */
    public StackLayout withStateDir(Path other) {
        return new StackLayout(projectRoot, other);
    }

    public Path serviceJar(String module) {
        return projectRoot.resolve(module).resolve("target/quarkus-app/quarkus-run.jar");
    }

    public Path keycloakArchive(String version) {
        return projectRoot.resolve("local-stack/target/keycloak/keycloak-" + version + ".tar.gz");
    }

    public Path realmFile() {
        return projectRoot.resolve("k8s/overlays/dev/keycloak/psychograph-realm.json");
    }

    public Path dataset(String relative) {
        return projectRoot.resolveSibling("shared").resolve("datasets").resolve(relative);
    }

    /** A file the local stack keeps between runs (generated demo data). */
    public Path state(String name) {
        return stateDir.resolve(name);
    }

    public Path logs() {
        return stateDir.resolve("logs");
    }
}
