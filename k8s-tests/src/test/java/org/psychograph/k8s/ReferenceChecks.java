package org.psychograph.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Objects that point at other objects: Services at pods and their ports, Ingress at Services,
 * autoscalers and disruption budgets at workloads, environment variables and volumes at
 * ConfigMaps and Secrets. Secrets that are not in the render are created by the operator
 * (see {@link #externalSecrets}).
 */
final class ReferenceChecks {

    private ReferenceChecks() {}

    static List<String> check(List<K8sObject> objects) {
        List<String> problems = new ArrayList<>();
        List<Workload> workloads = Workload.all(objects);
        for (K8sObject object : objects) {
            switch (object.kind()) {
                case "Service" -> checkService(object, workloads, problems);
                case "Ingress" -> checkIngress(object, objects, problems);
                case "HorizontalPodAutoscaler" ->
                    checkScaleTarget(object, object.spec().path("scaleTargetRef"), objects, problems);
                case "ScaledObject" -> checkScaledObject(object, objects, problems);
                case "PodDisruptionBudget" -> checkDisruptionBudget(object, workloads, problems);
                default -> {}
            }
        }
        for (Workload workload : workloads) {
            checkConfigReferences(workload, objects, problems);
        }
        return problems;
    }

    /** Names of the Secrets the objects use but the render does not contain. */
    static Set<String> externalSecrets(List<K8sObject> objects) {
        Set<String> names = new TreeSet<>();
        objects.forEach(object -> collectSecretNames(object.body(), names));
        objects.stream().filter(o -> o.kind().equals("Secret")).forEach(o -> names.remove(o.name()));
        return names;
    }

    private static void collectSecretNames(JsonNode node, Set<String> names) {
        if (node.isObject()) {
            for (String key : List.of("secretKeyRef", "passwordSecret", "superuserSecret")) {
                if (node.path(key).has("name")) {
                    names.add(node.path(key).path("name").asText());
                }
            }
            if (node.has("secretName")) {
                names.add(node.path("secretName").asText());
            }
            if (node.path("secret").has("secretName")) {
                names.add(node.path("secret").path("secretName").asText());
            }
            node.path("secretTargetRef")
                    .forEach(ref -> names.add(ref.path("name").asText())); // KEDA
        }
        node.forEach(child -> collectSecretNames(child, names));
    }

    private static void checkService(K8sObject service, List<Workload> workloads, List<String> problems) {
        Map<String, String> selector = Workload.strings(service.spec().path("selector"));
        List<Workload> selected = Workload.selectedBy(selector, workloads);
        if (selected.isEmpty()) {
            problems.add(service.id() + ": selector " + selector + " selects no Deployment or StatefulSet");
        }
        for (JsonNode port : service.spec().path("ports")) {
            JsonNode target = port.has("targetPort") ? port.get("targetPort") : port.get("port");
            for (Workload workload : selected) {
                if (workload.resolvePort(target).isEmpty()) {
                    problems.add(service.id() + ": targetPort " + target.asText() + " is not a container port of "
                            + workload.id());
                }
            }
        }
    }

    private static void checkIngress(K8sObject ingress, List<K8sObject> objects, List<String> problems) {
        for (JsonNode rule : ingress.spec().path("rules")) {
            for (JsonNode path : rule.path("http").path("paths")) {
                JsonNode backend = path.path("backend").path("service");
                Optional<K8sObject> service =
                        find(objects, "Service", backend.path("name").asText());
                if (service.isEmpty()) {
                    problems.add(ingress.id() + ": backend Service "
                            + backend.path("name").asText() + " is not defined");
                    continue;
                }
                JsonNode wanted = backend.path("port");
                boolean found = false;
                for (JsonNode port : service.get().spec().path("ports")) {
                    found |= wanted.has("name")
                            ? wanted.path("name")
                                    .asText()
                                    .equals(port.path("name").asText())
                            : wanted.path("number").asInt() == port.path("port").asInt();
                }
                if (!found) {
                    problems.add(ingress.id() + ": backend port " + wanted + " is not a port of "
                            + service.get().id());
                }
            }
        }
    }

    private static void checkScaleTarget(
            K8sObject scaler, JsonNode target, List<K8sObject> objects, List<String> problems) {
        String kind = target.path("kind").asText("Deployment");
        if (find(objects, kind, target.path("name").asText()).isEmpty()) {
            problems.add(
                    scaler.id() + ": scales " + kind + "/" + target.path("name").asText() + ", which is not defined");
        }
    }

    private static void checkScaledObject(K8sObject scaledObject, List<K8sObject> objects, List<String> problems) {
        JsonNode target = scaledObject.spec().path("scaleTargetRef");
        checkScaleTarget(scaledObject, target, objects, problems);
        for (K8sObject hpa : objects) {
            if (hpa.kind().equals("HorizontalPodAutoscaler")
                    && hpa.spec()
                            .path("scaleTargetRef")
                            .path("name")
                            .asText()
                            .equals(target.path("name").asText())) {
                problems.add(scaledObject.id() + ": " + hpa.id() + " scales the same workload; KEDA creates its own");
            }
        }
        for (JsonNode trigger : scaledObject.spec().path("triggers")) {
            String auth = trigger.path("authenticationRef").path("name").asText(null);
            if (auth != null && find(objects, "TriggerAuthentication", auth).isEmpty()) {
                problems.add(scaledObject.id() + ": TriggerAuthentication " + auth + " is not defined");
            }
        }
    }

    private static void checkDisruptionBudget(K8sObject pdb, List<Workload> workloads, List<String> problems) {
        JsonNode selector = pdb.spec().path("selector");
        if (workloads.stream().noneMatch(w -> Workload.selects(selector, w.labels()))) {
            problems.add(pdb.id() + ": selector selects no Deployment or StatefulSet");
        }
    }

    private static void checkConfigReferences(Workload workload, List<K8sObject> objects, List<String> problems) {
        for (JsonNode container : workload.containers()) {
            for (JsonNode env : container.path("env")) {
                JsonNode configMapRef = env.path("valueFrom").path("configMapKeyRef");
                if (!configMapRef.isMissingNode()) {
                    checkKey(workload, "ConfigMap", configMapRef, objects, true, problems);
                }
                JsonNode secretRef = env.path("valueFrom").path("secretKeyRef");
                if (!secretRef.isMissingNode()) {
                    checkKey(workload, "Secret", secretRef, objects, false, problems);
                }
            }
        }
        for (JsonNode volume : workload.podSpec().path("volumes")) {
            String configMap = volume.path("configMap").path("name").asText(null);
            if (configMap != null && find(objects, "ConfigMap", configMap).isEmpty()) {
                problems.add(workload.id() + ": volume " + volume.path("name").asText() + " uses ConfigMap " + configMap
                        + ", which is not defined");
            }
        }
    }

    /** A key reference must hit a key of the object when the render has it (Secrets may be external). */
    private static void checkKey(
            Workload workload,
            String kind,
            JsonNode ref,
            List<K8sObject> objects,
            boolean mustExist,
            List<String> problems) {
        String name = ref.path("name").asText();
        String key = ref.path("key").asText();
        Optional<K8sObject> target = find(objects, kind, name);
        if (target.isEmpty()) {
            if (mustExist) {
                problems.add(workload.id() + ": refers to " + kind + " " + name + ", which is not defined");
            }
            return;
        }
        JsonNode body = target.get().body();
        if (!body.path("data").has(key) && !body.path("stringData").has(key)) {
            problems.add(
                    workload.id() + ": refers to key " + key + " of " + kind + " " + name + ", which has no such key");
        }
    }

    static Optional<K8sObject> find(List<K8sObject> objects, String kind, String name) {
        return objects.stream()
                .filter(o -> o.kind().equals(kind) && o.name().equals(name))
                .findFirst();
    }
}
