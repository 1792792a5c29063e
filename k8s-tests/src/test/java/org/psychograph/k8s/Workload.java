package org.psychograph.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** A Deployment or StatefulSet seen through its pod template. */
record Workload(K8sObject object, JsonNode template) {

    private static final Set<String> KINDS = Set.of("Deployment", "StatefulSet");

    static List<Workload> all(List<K8sObject> objects) {
        List<Workload> workloads = new ArrayList<>();
        for (K8sObject object : objects) {
            if (KINDS.contains(object.kind())) {
                workloads.add(new Workload(object, object.spec().path("template")));
            }
        }
        return workloads;
    }

    String name() {
        return object.name();
    }

    String id() {
        return object.id();
    }

    JsonNode podSpec() {
        return template.path("spec");
    }

    Map<String, String> labels() {
        return strings(template.path("metadata").path("labels"));
    }

    Map<String, String> annotations() {
        return strings(template.path("metadata").path("annotations"));
    }

    Iterable<JsonNode> containers() {
        return podSpec().path("containers");
    }

    /** A container port given by name or number, resolved to its number. */
    static Optional<Integer> resolvePort(JsonNode container, JsonNode port) {
        for (JsonNode declared : container.path("ports")) {
            if (port.isTextual() && port.asText().equals(declared.path("name").asText(null))) {
                return Optional.of(declared.path("containerPort").asInt());
            }
            if (port.isIntegralNumber()
                    && port.asInt() == declared.path("containerPort").asInt()) {
                return Optional.of(port.asInt());
            }
        }
        return Optional.empty();
    }

    /** The port on any of this workload's containers, by name or number. */
    Optional<Integer> resolvePort(JsonNode port) {
        for (JsonNode container : containers()) {
            Optional<Integer> resolved = resolvePort(container, port);
            if (resolved.isPresent()) {
                return resolved;
            }
        }
        return Optional.empty();
    }

    static String describePorts(JsonNode container) {
        List<String> ports = new ArrayList<>();
        for (JsonNode declared : container.path("ports")) {
            ports.add(declared.path("name").asText("(unnamed)") + "="
                    + declared.path("containerPort").asText());
        }
        return ports.isEmpty() ? "none" : String.join(", ", ports);
    }

    /** Whether a label selector ({matchLabels, matchExpressions}) selects these labels. */
    static boolean selects(JsonNode selector, Map<String, String> labels) {
        for (Map.Entry<String, String> required :
                strings(selector.path("matchLabels")).entrySet()) {
            if (!required.getValue().equals(labels.get(required.getKey()))) {
                return false;
            }
        }
        for (JsonNode expression : selector.path("matchExpressions")) {
            String key = expression.path("key").asText();
            List<String> values = new ArrayList<>();
            expression.path("values").forEach(v -> values.add(v.asText()));
            boolean matches = switch (expression.path("operator").asText()) {
                case "In" -> labels.containsKey(key) && values.contains(labels.get(key));
                case "NotIn" -> !labels.containsKey(key) || !values.contains(labels.get(key));
                case "Exists" -> labels.containsKey(key);
                case "DoesNotExist" -> !labels.containsKey(key);
                default -> throw new IllegalArgumentException("unknown selector operator in " + expression);
            };
            if (!matches) {
                return false;
            }
        }
        return true;
    }

    /** The workloads whose pods a Service-style selector (a plain label map) selects. */
    static List<Workload> selectedBy(Map<String, String> selector, List<Workload> workloads) {
        if (selector.isEmpty()) {
            return List.of();
        }
        return workloads.stream()
                .filter(w -> selector.entrySet().stream()
                        .allMatch(e -> e.getValue().equals(w.labels().get(e.getKey()))))
                .toList();
    }

    static Map<String, String> strings(JsonNode map) {
        Map<String, String> result = new HashMap<>();
        map.fields().forEachRemaining(e -> result.put(e.getKey(), e.getValue().asText()));
        return result;
    }
}
