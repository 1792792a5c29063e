package org.psychograph.k8s;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/** Renders overlays with the kustomize built into kubectl, once per overlay per test JVM. */
final class Kustomize {

    private static final Map<String, List<K8sObject>> RENDERED = new ConcurrentHashMap<>();

    private Kustomize() {}

    /** The overlays under k8s/overlays (every directory with a kustomization.yaml). */
    static List<String> overlays() {
        try (Stream<Path> dirs = Files.list(ProjectFiles.k8sDir().resolve("overlays"))) {
            return dirs.filter(d -> Files.isRegularFile(d.resolve("kustomization.yaml")))
                    .map(d -> d.getFileName().toString())
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new IllegalStateException("cannot list k8s/overlays", e);
        }
    }

    static List<K8sObject> overlay(String name) {
        return RENDERED.computeIfAbsent(
                name,
                n -> K8sObject.parseAll(
                        render(ProjectFiles.k8sDir().resolve("overlays").resolve(n))));
    }

    static String render(Path kustomizationDir) {
        String kubectl = kubectl().orElse(null);
        Assumptions.assumeTrue(
                kubectl != null,
                "kubectl not found (looked at $KUBECTL, else on PATH): the k8s manifests were not rendered or validated."
                        + " Install kubectl (it includes kustomize) to run these tests.");
        try {
            Path errors = Files.createTempFile("kustomize", ".err");
            Process process = new ProcessBuilder(kubectl, "kustomize", kustomizationDir.toString())
                    .redirectError(errors.toFile())
                    .start();
            process.getOutputStream().close();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            boolean finished = process.waitFor(60, TimeUnit.SECONDS);
            String err = Files.readString(errors);
            Files.delete(errors);
            if (!finished) {
                process.destroyForcibly();
                throw new IllegalStateException("kubectl kustomize " + kustomizationDir + " timed out");
            }
            if (process.exitValue() != 0) {
                throw new AssertionError("kubectl kustomize " + kustomizationDir + " failed:\n" + err);
            }
            return out;
        } catch (IOException e) {
            throw new IllegalStateException("cannot run " + kubectl, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static Optional<String> kubectl() {
        String explicit = System.getenv("KUBECTL");
        if (explicit != null && !explicit.isBlank()) {
            return Files.isExecutable(Path.of(explicit)) ? Optional.of(explicit) : Optional.empty();
        }
        String path = System.getenv().getOrDefault("PATH", "");
        return Stream.of(path.split(File.pathSeparator))
                .filter(dir -> !dir.isBlank())
                .map(dir -> Path.of(dir, "kubectl"))
                .filter(Files::isExecutable)
                .map(Path::toString)
                .findFirst();
    }
}
