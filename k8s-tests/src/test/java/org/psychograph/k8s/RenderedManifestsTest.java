package org.psychograph.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Renders every overlay with kubectl kustomize and runs every check over what it renders. */
class RenderedManifestsTest {

    static List<String> overlays() {
        return Kustomize.overlays();
    }

    @Test
    void thereAreDevAndProdOverlays() {
        assertTrue(overlays().containsAll(List.of("dev", "prod")), "overlays found: " + overlays());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void everyObjectMatchesItsKubernetesModelOrCrdSchema(String overlay) {
        List<K8sObject> objects = Kustomize.overlay(overlay);
        assertFalse(objects.isEmpty(), overlay + " renders nothing");
        List<String> problems = Manifests.schemaProblems(objects);
        assertTrue(problems.isEmpty(), Manifests.report("overlay " + overlay, problems));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void workloadsAgreeWithTheirServiceModules(String overlay) {
        List<String> problems = new WorkloadChecks().check(Kustomize.overlay(overlay));
        assertTrue(problems.isEmpty(), Manifests.report("overlay " + overlay, problems));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void referencesBetweenObjectsResolve(String overlay) {
        List<String> problems = ReferenceChecks.check(Kustomize.overlay(overlay));
        assertTrue(problems.isEmpty(), Manifests.report("overlay " + overlay, problems));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void everyServiceModuleIsDeployed(String overlay) {
        List<String> images = Workload.all(Kustomize.overlay(overlay)).stream()
                .flatMap(w -> StreamSupport.stream(w.containers().spliterator(), false))
                .map(c -> c.path("image").asText().split(":")[0])
                .toList();
        for (String module : List.of("survey-service", "segmentation-service", "persona-service", "gateway")) {
            assertTrue(images.contains(WorkloadChecks.IMAGE_PREFIX + module), overlay + " runs no " + module);
        }
    }

    @Test
    void theBaseRendersAndMatchesTheSchemas() {
        List<K8sObject> objects =
                K8sObject.parseAll(Kustomize.render(ProjectFiles.k8sDir().resolve("base")));
        List<String> problems = Manifests.schemaProblems(objects);
        assertEquals(List.of(), problems, Manifests.report("k8s/base", problems));
    }
}
