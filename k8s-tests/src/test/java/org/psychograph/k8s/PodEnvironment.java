package org.psychograph.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The environment a container would see: literal values and ConfigMap values (Secrets stay unknown). */
final class PodEnvironment {

    private PodEnvironment() {}

    static Map<String, String> of(JsonNode container, List<K8sObject> objects) {
        Map<String, String> environment = new LinkedHashMap<>();
        for (JsonNode env : container.path("env")) {
            String name = env.path("name").asText();
            if (env.has("value")) {
                environment.put(name, env.path("value").asText());
            }
            JsonNode ref = env.path("valueFrom").path("configMapKeyRef");
            if (!ref.isMissingNode()) {
                ReferenceChecks.find(objects, "ConfigMap", ref.path("name").asText())
                        .map(cm -> cm.body().path("data").path(ref.path("key").asText()))
                        .filter(JsonNode::isTextual)
                        .ifPresent(value -> environment.put(name, value.asText()));
            }
        }
        return environment;
    }

    /** The Secret name and key an environment variable comes from, or null. */
    static String secretOf(JsonNode container, String variable) {
        for (JsonNode env : container.path("env")) {
            JsonNode ref = env.path("valueFrom").path("secretKeyRef");
            if (env.path("name").asText().equals(variable) && !ref.isMissingNode()) {
                return ref.path("name").asText() + "/" + ref.path("key").asText();
            }
        }
        return null;
    }
}
