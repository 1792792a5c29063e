package org.psychograph.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Validates custom resources (CloudNativePG, KEDA) against the committed subsets of their CRDs'
 * openAPIV3Schema in src/test/resources/crd-schemas. No JSON-schema library here: the subset needs
 * only type, required, properties, additionalProperties, items, enum, minimum,
 * x-kubernetes-int-or-string and x-kubernetes-preserve-unknown-fields, which is what the API server
 * itself applies structurally;
 * a general validator would also accept keywords a CRD cannot use.
 */
final class CrdSchemas {

    /** Schema files, one per custom resource type we deploy. */
    private static final List<String> FILES = List.of(
            "postgresql.cnpg.io_cluster.yaml",
            "postgresql.cnpg.io_database.yaml",
            "keda.sh_scaledobject.yaml",
            "keda.sh_triggerauthentication.yaml");

    private static final Map<String, JsonNode> SCHEMAS = load();

    private CrdSchemas() {}

    static boolean knows(K8sObject object) {
        return SCHEMAS.containsKey(object.type());
    }

    /** Every structural problem of the object, each with its JSON path. */
    static List<String> validate(K8sObject object) {
        JsonNode schema = SCHEMAS.get(object.type());
        List<String> problems = new ArrayList<>();
        if (schema == null) {
            problems.add(object.id() + ": no CRD schema for " + object.type());
            return problems;
        }
        check(schema, object.body(), "$", problems);
        KubernetesModels.validateMetadata(object).ifPresent(problems::add);
        return problems.stream().map(p -> object.id() + ": " + p).toList();
    }

    private static void check(JsonNode schema, JsonNode value, String path, List<String> problems) {
        if (schema.path("x-kubernetes-int-or-string").asBoolean(false)
                && !value.isIntegralNumber()
                && !value.isTextual()) {
            problems.add(path + " must be an integer or a string but is " + describe(value));
            return;
        }
        String type = schema.path("type").asText("");
        if (!type.isEmpty() && !hasType(value, type)) {
            problems.add(path + " must be " + article(type) + " but is " + describe(value));
            return;
        }
        if (schema.has("enum") && !contains(schema.get("enum"), value)) {
            problems.add(path + " must be one of " + schema.get("enum") + " but is " + value);
        }
        if (schema.has("minimum")
                && value.isNumber()
                && value.asDouble() < schema.get("minimum").asDouble()) {
            problems.add(path + " must be at least " + schema.get("minimum") + " but is " + value);
        }
        if (value.isObject()) {
            checkObject(schema, value, path, problems);
        } else if (value.isArray() && schema.has("items")) {
            for (int i = 0; i < value.size(); i++) {
                check(schema.get("items"), value.get(i), path + "[" + i + "]", problems);
            }
        }
    }

    private static void checkObject(JsonNode schema, JsonNode value, String path, List<String> problems) {
        for (JsonNode required : schema.path("required")) {
            if (!value.has(required.asText())) {
                problems.add(path + " is missing required field " + required.asText());
            }
        }
        JsonNode properties = schema.path("properties");
        JsonNode additional = schema.get("additionalProperties");
        boolean preserveUnknown =
                schema.path("x-kubernetes-preserve-unknown-fields").asBoolean(false);
        Iterator<Map.Entry<String, JsonNode>> fields = value.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            String fieldPath = path + "." + field.getKey();
            if (properties.has(field.getKey())) {
                check(properties.get(field.getKey()), field.getValue(), fieldPath, problems);
            } else if (additional != null && additional.isObject()) {
                check(additional, field.getValue(), fieldPath, problems);
            } else if (!preserveUnknown && (properties.size() > 0 || additional != null)) {
                problems.add(fieldPath + " is not a known field (known: " + names(properties) + ")");
            }
        }
    }

    private static boolean hasType(JsonNode value, String type) {
        return switch (type) {
            case "object" -> value.isObject();
            case "array" -> value.isArray();
            case "string" -> value.isTextual();
            case "integer" -> value.isIntegralNumber();
            case "number" -> value.isNumber();
            case "boolean" -> value.isBoolean();
            default -> throw new IllegalStateException("unsupported schema type " + type);
        };
    }

    private static boolean contains(JsonNode options, JsonNode value) {
        for (JsonNode option : options) {
            if (option.equals(value)) {
                return true;
            }
        }
        return false;
    }

    private static String names(JsonNode properties) {
        List<String> names = new ArrayList<>();
        properties.fieldNames().forEachRemaining(names::add);
        return String.join(", ", names);
    }

    private static String article(String type) {
        return (type.startsWith("a") || type.startsWith("o") || type.startsWith("i") ? "an " : "a ") + type;
    }

    private static String describe(JsonNode value) {
        if (value.isTextual()) {
            return "the string " + value;
        }
        return value.getNodeType().name().toLowerCase() + " " + value;
    }

    private static Map<String, JsonNode> load() {
        YAMLMapper yaml = new YAMLMapper();
        Map<String, JsonNode> schemas = new HashMap<>();
        for (String file : FILES) {
            try (InputStream in = CrdSchemas.class.getResourceAsStream("/crd-schemas/" + file)) {
                if (in == null) {
                    throw new IllegalStateException("missing test resource crd-schemas/" + file);
                }
                JsonNode document = yaml.readTree(in);
                schemas.put(
                        document.path("apiVersion").asText() + " "
                                + document.path("kind").asText(),
                        document.path("schema"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return schemas;
    }
}
