package org.psychograph.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** One rendered Kubernetes object, kept as a JSON tree so every check sees exactly what was written. */
record K8sObject(String apiVersion, String kind, String name, JsonNode body) {

    private static final YAMLMapper YAML = new YAMLMapper(new YAMLFactory());
    static final ObjectMapper JSON = new ObjectMapper();

    /** "Deployment/gateway": how problems name an object. */
    String id() {
        return kind + "/" + name;
    }

    /** "apps/v1 Deployment": the key the validators look a schema up by. */
    String type() {
        return apiVersion + " " + kind;
    }

    JsonNode spec() {
        return body.path("spec");
    }

    String json() {
        try {
            return JSON.writeValueAsString(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses a multi-document YAML stream (kubectl kustomize output or a test fixture). */
    static List<K8sObject> parseAll(String yaml) {
        List<K8sObject> objects = new ArrayList<>();
        try (var parser = YAML.getFactory().createParser(yaml)) {
            var documents = YAML.readValues(parser, JsonNode.class);
            while (documents.hasNextValue()) {
                JsonNode node = documents.nextValue();
                if (node == null || node.isNull() || node.isMissingNode() || node.isEmpty()) {
                    continue;
                }
                objects.add(new K8sObject(
                        node.path("apiVersion").asText(""),
                        node.path("kind").asText(""),
                        node.path("metadata").path("name").asText(""),
                        node));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("not a YAML stream: " + e.getMessage(), e);
        }
        return objects;
    }
}
