package org.psychograph.stack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** Finds a JDK of at least a given feature version (Keycloak 26 needs 21+, the build runs on 17). */
final class JavaRuntimes {

    private JavaRuntimes() {
    }

    static Path javaHome(int minimumVersion) {
        List<Path> candidates = new ArrayList<>();
        for (String variable : List.of("KEYCLOAK_JAVA_HOME", "JAVA21_HOME", "JAVA_HOME")) {
            String value = System.getenv(variable);
            if (value != null && !value.isBlank()) {
                candidates.add(Path.of(value));
            }
        }
        candidates.add(Path.of(System.getProperty("java.home")));
        // the usual place of installed JDKs on Linux distributions
        try (Stream<Path> installed = Files.list(Path.of("/usr/lib/jvm"))) {
            installed.sorted(Comparator.reverseOrder()).forEach(candidates::add);
        } catch (IOException e) {
            // no such folder: only the variables above count
        }
        return candidates.stream()
                .filter(home -> version(home).orElse(0) >= minimumVersion)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("Keycloak needs Java " + minimumVersion
                        + "+; set KEYCLOAK_JAVA_HOME to such a JDK (looked at " + candidates + ")"));
    }

    /** The feature version from the JDK's {@code release} file, if it is one. */
    static Optional<Integer> version(Path home) {
        Path release = home.resolve("release");
        if (!Files.exists(release) || !Files.isExecutable(home.resolve("bin/java"))) {
            return Optional.empty();
        }
        try {
            for (String line : Files.readAllLines(release)) {
                if (line.startsWith("JAVA_VERSION=")) {
                    String v = line.substring("JAVA_VERSION=".length()).replace("\"", "");
                    return Optional.of(Integer.parseInt(v.split("[.+-]")[0]));
                }
            }
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }
}
