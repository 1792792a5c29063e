package org.psychograph.k8s;

import java.util.ArrayList;
import java.util.List;

/** Runs every check over a set of objects and reports all problems at once. */
final class Manifests {

    private Manifests() {}

    /** Each object against its Kubernetes OpenAPI model, or its CRD schema subset for custom resources. */
    static List<String> schemaProblems(List<K8sObject> objects) {
        List<String> problems = new ArrayList<>();
        for (K8sObject object : objects) {
            if (CrdSchemas.knows(object)) {
                problems.addAll(CrdSchemas.validate(object));
            } else {
                KubernetesModels.validate(object).ifPresent(problems::add);
            }
        }
        return problems;
    }

    /** Schemas, then the workloads against the service modules, then references between objects. */
    static List<String> allProblems(List<K8sObject> objects) {
        List<String> problems = new ArrayList<>(schemaProblems(objects));
        problems.addAll(new WorkloadChecks().check(objects));
        problems.addAll(ReferenceChecks.check(objects));
        return problems;
    }

    static String report(String what, List<String> problems) {
        return what + " has " + problems.size() + " problem(s):\n  - " + String.join("\n  - ", problems);
    }
}
