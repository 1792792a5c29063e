package org.psychograph.k8s;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The deployment docs name every Secret prod expects and every variable the manifests set. */
class DocsTest {

    @Test
    void everySecretProdExpectsIsDocumented() throws IOException {
        String guide = Files.readString(ProjectFiles.root().resolve("docs/deploy-kubernetes.md"));
        Set<String> secrets = ReferenceChecks.externalSecrets(Kustomize.overlay("prod"));
        assertTrue(secrets.size() >= 5, "prod uses only " + secrets);
        List<String> missing = secrets.stream()
                .filter(name -> !guide.contains("`" + name + "`"))
                .toList();
        assertTrue(missing.isEmpty(), "docs/deploy-kubernetes.md does not name the Secrets " + missing);
    }

    @Test
    void everyServiceVariableIsListedUnderKubernetesSettings() throws IOException {
        String operations = Files.readString(ProjectFiles.root().resolve("docs/operations.md"));
        int start = operations.indexOf("## Kubernetes settings");
        assertTrue(start >= 0, "docs/operations.md has no \"## Kubernetes settings\" section");
        int end = operations.indexOf("\n## ", start + 1);
        String section = operations.substring(start, end < 0 ? operations.length() : end);
        Set<String> variables = new TreeSet<>();
        for (String overlay : Kustomize.overlays()) {
            for (Workload workload : Workload.all(Kustomize.overlay(overlay))) {
                for (JsonNode container : workload.containers()) {
                    if (container.path("image").asText().startsWith(WorkloadChecks.IMAGE_PREFIX)) {
                        container
                                .path("env")
                                .forEach(env -> variables.add(env.path("name").asText()));
                    }
                }
            }
        }
        List<String> missing =
                variables.stream().filter(v -> !section.contains("`" + v + "`")).toList();
        assertTrue(missing.isEmpty(), "docs/operations.md's Kubernetes settings do not list " + missing);
    }
}
