package org.psychograph.k8s;

import com.google.gson.Gson;
import com.google.gson.TypeAdapter;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;
import io.kubernetes.client.openapi.JSON;
import io.kubernetes.client.openapi.models.V1ConfigMap;
import io.kubernetes.client.openapi.models.V1CronJob;
import io.kubernetes.client.openapi.models.V1Deployment;
import io.kubernetes.client.openapi.models.V1Ingress;
import io.kubernetes.client.openapi.models.V1Job;
import io.kubernetes.client.openapi.models.V1Namespace;
import io.kubernetes.client.openapi.models.V1NetworkPolicy;
import io.kubernetes.client.openapi.models.V1ObjectMeta;
import io.kubernetes.client.openapi.models.V1PersistentVolumeClaim;
import io.kubernetes.client.openapi.models.V1PodDisruptionBudget;
import io.kubernetes.client.openapi.models.V1Secret;
import io.kubernetes.client.openapi.models.V1Service;
import io.kubernetes.client.openapi.models.V1ServiceAccount;
import io.kubernetes.client.openapi.models.V1StatefulSet;
import io.kubernetes.client.openapi.models.V2HorizontalPodAutoscaler;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;

/**
 * Validates built-in Kubernetes objects against the OpenAPI models of io.kubernetes:client-java-api.
 *
 * <p>In 27.0.0 every generated model's {@code validateJsonElement} (run by {@link JSON#deserialize})
 * rejects fields the schema does not define and missing required fields, and checks that objects,
 * arrays and primitives sit where the schema puts them. Gson's own adapters are lenient about
 * primitives, though: they turn {@code 5} into {@code "5"}, {@code "yes"} into {@code false} and
 * {@code "8080"} into {@code 8080}, all of which the API server rejects. So the models are read
 * through a Gson whose string, boolean and number adapters accept only their own JSON type.
 * (Quantity and IntOrString keep the library's adapters, which accept both forms, as the server does.)
 */
final class KubernetesModels {

    private static final Map<String, Class<?>> MODELS = Map.ofEntries(
            Map.entry("v1 Namespace", V1Namespace.class),
            Map.entry("v1 ConfigMap", V1ConfigMap.class),
            Map.entry("v1 Secret", V1Secret.class),
            Map.entry("v1 Service", V1Service.class),
            Map.entry("v1 ServiceAccount", V1ServiceAccount.class),
            Map.entry("v1 PersistentVolumeClaim", V1PersistentVolumeClaim.class),
            Map.entry("apps/v1 Deployment", V1Deployment.class),
            Map.entry("apps/v1 StatefulSet", V1StatefulSet.class),
            Map.entry("batch/v1 Job", V1Job.class),
            Map.entry("batch/v1 CronJob", V1CronJob.class),
            Map.entry("autoscaling/v2 HorizontalPodAutoscaler", V2HorizontalPodAutoscaler.class),
            Map.entry("policy/v1 PodDisruptionBudget", V1PodDisruptionBudget.class),
            Map.entry("networking.k8s.io/v1 Ingress", V1Ingress.class),
            Map.entry("networking.k8s.io/v1 NetworkPolicy", V1NetworkPolicy.class));

    static {
        Gson strict = JSON.getGson()
                .newBuilder()
                .registerTypeAdapter(String.class, strict(JsonToken.STRING, JsonReader::nextString, JsonWriter::value))
                .registerTypeAdapter(
                        Boolean.class, strict(JsonToken.BOOLEAN, JsonReader::nextBoolean, JsonWriter::value))
                .registerTypeAdapter(
                        boolean.class, strict(JsonToken.BOOLEAN, JsonReader::nextBoolean, JsonWriter::value))
                .registerTypeAdapter(Integer.class, strict(JsonToken.NUMBER, JsonReader::nextInt, JsonWriter::value))
                .registerTypeAdapter(int.class, strict(JsonToken.NUMBER, JsonReader::nextInt, JsonWriter::value))
                .registerTypeAdapter(Long.class, strict(JsonToken.NUMBER, JsonReader::nextLong, JsonWriter::value))
                .registerTypeAdapter(long.class, strict(JsonToken.NUMBER, JsonReader::nextLong, JsonWriter::value))
                .registerTypeAdapter(Double.class, strict(JsonToken.NUMBER, JsonReader::nextDouble, JsonWriter::value))
                .create();
        JSON.setGson(strict);
    }

    private KubernetesModels() {}

    static boolean knows(K8sObject object) {
        return MODELS.containsKey(object.type());
    }

    /** An empty result when the object deserialises into its model, else why not. */
    static Optional<String> validate(K8sObject object) {
        Class<?> model = MODELS.get(object.type());
        if (model == null) {
            return Optional.of(object.id() + ": no Kubernetes model or CRD schema for " + object.type());
        }
        return deserialise(object.json(), model).map(problem -> object.id() + ": " + problem);
    }

    /** Validates an object's metadata alone (used for custom resources). */
    static Optional<String> validateMetadata(K8sObject object) {
        return deserialise(object.body().path("metadata").toString(), V1ObjectMeta.class)
                .map(problem -> object.id() + ": metadata: " + problem);
    }

    private static Optional<String> deserialise(String json, Class<?> model) {
        try {
            JSON.deserialize(json, model);
            return Optional.empty();
        } catch (RuntimeException e) {
            Throwable cause = e;
            while (cause.getCause() != null && cause.getCause() != cause) {
                cause = cause.getCause();
            }
            String message = cause.getMessage() != null ? cause.getMessage() : cause.toString();
            return Optional.of("does not match " + model.getSimpleName() + ": " + message);
        }
    }

    private interface Reader<T> {
        T read(JsonReader in) throws IOException;
    }

    private interface Writer<T> {
        void write(JsonWriter out, T value) throws IOException;
    }

    private static <T> TypeAdapter<T> strict(JsonToken expected, Reader<T> reader, Writer<T> writer) {
        return new TypeAdapter<>() {
            @Override
            public T read(JsonReader in) throws IOException {
                JsonToken token = in.peek();
                if (token == JsonToken.NULL) {
                    in.nextNull();
                    return null;
                }
                if (token != expected) {
                    throw new IllegalArgumentException(
                            "expected a " + expected.name().toLowerCase() + " at " + in.getPath() + " but found "
                                    + token.name().toLowerCase());
                }
                return reader.read(in);
            }

            @Override
            public void write(JsonWriter out, T value) throws IOException {
                if (value == null) {
                    out.nullValue();
                } else {
                    writer.write(out, value);
                }
            }
        };
    }
}
