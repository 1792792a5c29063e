package org.psychograph.stack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Finds the JDKs the local stack runs on: Keycloak 26 needs 21+; the services run on 25+ where one is installed
 * (its AOT cache starts them in under half the time, see {@link AotCaches}), else on the JDK running the stack.
 * The build itself targets Java 17.
 */
final class JavaRuntimes {

    private JavaRuntimes() {}

    /** The JDK for the services: {@code PSYCHOGRAPH_SERVICES_JAVA_HOME}, else a 25+ one, else this one. */
    static Path servicesJavaHome() {
        String chosen = System.getenv("PSYCHOGRAPH_SERVICES_JAVA_HOME");
        if (chosen != null && !chosen.isBlank()) {
            return Path.of(chosen);
        }
        return find(25, List.of("JAVA25_HOME", "JAVA_HOME")).orElse(Path.of(System.getProperty("java.home")));
    }

    static Path javaHome(int minimumVersion) {
        return find(minimumVersion, List.of("KEYCLOAK_JAVA_HOME", "JAVA21_HOME", "JAVA_HOME"))
                .orElseThrow(() -> new IllegalStateException(
                        "Keycloak needs Java " + minimumVersion + "+; set KEYCLOAK_JAVA_HOME to such a JDK"));
    }

    private static Optional<Path> find(int minimumVersion, List<String> variables) {
        List<Path> candidates = new ArrayList<>();
        for (String variable : variables) {
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
                .findFirst();
    }

    /** The feature version from the JDK's {@code release} file, if it is one. */
    static Optional<Integer> version(Path home) {
        return fullVersion(home).map(JavaRuntimes::featureOf).filter(feature -> feature > 0);
    }

    /** The feature version of a {@code JAVA_VERSION} (25 of 25.0.3), or 0 when it is not one. */
    static int featureOf(String fullVersion) {
        try {
            return Integer.parseInt(fullVersion.split("[.+-]")[0]);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** The whole version ({@code JAVA_VERSION}, e.g. 25.0.1) from the JDK's {@code release} file, if it is one. */
    static Optional<String> fullVersion(Path home) {
        Path release = home.resolve("release");
        if (!Files.exists(release) || !Files.isExecutable(home.resolve("bin/java"))) {
            return Optional.empty();
        }
        try {
            for (String line : Files.readAllLines(release)) {
                if (line.startsWith("JAVA_VERSION=")) {
                    return Optional.of(line.substring("JAVA_VERSION=".length()).replace("\"", ""));
                }
            }
        } catch (IOException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }
}
