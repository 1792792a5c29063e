package org.psychograph.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** What each environment must contain: workers and their scaling, the database, the identity provider. */
class OverlayContentTest {

    private static final List<String> DATABASES = List.of("survey", "segmentation", "persona");

    static List<String> overlays() {
        return Kustomize.overlays();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void theWorkerIsSegmentationServiceInWorkerMode(String overlay) {
        List<K8sObject> objects = Kustomize.overlay(overlay);
        JsonNode worker = container(objects, "segmentation-worker");
        JsonNode api = container(objects, "segmentation-service");
        assertEquals(api.path("image"), worker.path("image"), "the worker runs the segmentation-service image");
        assertEquals("worker", PodEnvironment.of(worker, objects).get("QUARKUS_PROFILE"));
        assertFalse(PodEnvironment.of(api, objects).containsKey("QUARKUS_PROFILE"), "the API runs the prod profile");
        assertEquals(api.path("ports"), worker.path("ports"), "the worker serves health on the service's port");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void everyServiceHasAnAutoscalerAndEveryWorkloadADisruptionBudget(String overlay) {
        List<K8sObject> objects = Kustomize.overlay(overlay);
        Set<String> scaled = names(
                objects,
                "HorizontalPodAutoscaler",
                o -> o.spec().path("scaleTargetRef").path("name").asText());
        assertEquals(Set.of("survey-service", "segmentation-service", "persona-service", "gateway"), scaled);
        for (Workload workload : Workload.all(objects)) {
            if (workload.labels().containsKey("app.kubernetes.io/part-of")
                    && workload.id().startsWith("Deployment/")
                    && !workload.name().equals("keycloak")) {
                assertTrue(
                        objects.stream()
                                .anyMatch(o -> o.kind().equals("PodDisruptionBudget")
                                        && Workload.selects(o.spec().path("selector"), workload.labels())),
                        workload.id() + " has no PDB");
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void eachServiceUsesItsOwnDatabaseAndRole(String overlay) {
        List<K8sObject> objects = Kustomize.overlay(overlay);
        for (String service :
                List.of("survey-service", "segmentation-service", "segmentation-worker", "persona-service")) {
            JsonNode container = container(objects, service);
            String database = service.startsWith("segmentation") ? "segmentation" : service.replace("-service", "");
            Map<String, String> env = PodEnvironment.of(container, objects);
            assertTrue(
                    env.get("QUARKUS_DATASOURCE_REACTIVE_URL").matches("postgresql://[^/]+/" + database),
                    env.toString());
            assertTrue(
                    env.get("QUARKUS_DATASOURCE_JDBC_URL").matches("jdbc:postgresql://[^/]+/" + database),
                    env.toString());
            assertEquals(database + "-db-credentials/password", secretName(container, "QUARKUS_DATASOURCE_PASSWORD"));
        }
        assertFalse(
                PodEnvironment.of(container(objects, "gateway"), objects).keySet().stream()
                        .anyMatch(name -> name.startsWith("QUARKUS_DATASOURCE")),
                "the gateway has no database");
    }

    @Test
    void devRunsOneWorkerPostgresAndKeycloak() {
        List<K8sObject> objects = Kustomize.overlay("dev");
        assertEquals(
                1,
                find(objects, "Deployment", "segmentation-worker")
                        .spec()
                        .path("replicas")
                        .asInt());
        assertTrue(objects.stream().noneMatch(o -> o.kind().equals("ScaledObject")));
        assertEquals("postgres:17", container(objects, "postgres").path("image").asText());
        String script = objects.stream()
                .filter(o -> o.kind().equals("ConfigMap") && o.name().startsWith("postgres-init"))
                .findFirst()
                .orElseThrow()
                .body()
                .path("data")
                .path("create-databases.sh")
                .asText();
        for (String database : DATABASES) {
            assertTrue(script.contains("create_database " + database + " "), "init script creates no " + database);
        }
        JsonNode keycloak = container(objects, "keycloak");
        assertEquals("quay.io/keycloak/keycloak:26.5.6", keycloak.path("image").asText());
        assertEquals("[\"start-dev\",\"--import-realm\"]", keycloak.path("args").toString());
        assertEquals(
                "http://keycloak:8080/realms/psychograph",
                PodEnvironment.of(container(objects, "gateway"), objects).get("QUARKUS_OIDC_AUTH_SERVER_URL"));
        assertEquals(Set.of(), ReferenceChecks.externalSecrets(objects), "dev generates every Secret it uses");
    }

    @Test
    void prodScalesWorkersOnTheQueueWithKeda() {
        List<K8sObject> objects = Kustomize.overlay("prod");
        K8sObject scaledObject = find(objects, "ScaledObject", "segmentation-worker");
        assertEquals(
                "segmentation-worker",
                scaledObject.spec().path("scaleTargetRef").path("name").asText());
        assertFalse(
                find(objects, "Deployment", "segmentation-worker").spec().has("replicas"),
                "KEDA owns the worker count; a replicas field would fight it on every apply");
        JsonNode trigger = scaledObject.spec().path("triggers").get(0);
        assertEquals("postgresql", trigger.path("type").asText());
        JsonNode metadata = trigger.path("metadata");
        String query = metadata.path("query").asText();
        assertTrue(
                query.contains("segmentation_task")
                        && query.contains("QUEUED")
                        && query.contains("lease_until < now()"),
                query);
        K8sObject cluster = objects.stream()
                .filter(o -> o.kind().equals("Cluster"))
                .findFirst()
                .orElseThrow();
        assertEquals(
                cluster.name() + "-rw." + NetworkPolicyTest.namespace(objects) + ".svc.cluster.local",
                metadata.path("host").asText(),
                "KEDA runs in its own namespace: the host must be fully qualified");
        assertEquals("segmentation", metadata.path("dbName").asText());
        assertEquals("segmentation", metadata.path("userName").asText());
        K8sObject auth = find(
                objects,
                "TriggerAuthentication",
                trigger.path("authenticationRef").path("name").asText());
        JsonNode password = auth.spec().path("secretTargetRef").get(0);
        assertEquals("password", password.path("parameter").asText());
        assertEquals(
                "segmentation-db-credentials/password",
                password.path("name").asText() + "/" + password.path("key").asText());
    }

    @Test
    void prodHasADatabaseAndARolePerServiceInCloudNativePg() {
        List<K8sObject> objects = Kustomize.overlay("prod");
        K8sObject cluster = objects.stream()
                .filter(o -> o.kind().equals("Cluster"))
                .findFirst()
                .orElseThrow();
        Map<String, String> roleSecrets = StreamSupport.stream(
                        cluster.spec().path("managed").path("roles").spliterator(), false)
                .collect(Collectors.toMap(
                        r -> r.path("name").asText(),
                        r -> r.path("passwordSecret").path("name").asText()));
        Map<String, String> owners = objects.stream()
                .filter(o -> o.kind().equals("Database"))
                .collect(Collectors.toMap(
                        o -> o.spec().path("name").asText(),
                        o -> o.spec().path("owner").asText()));
        for (String database : DATABASES) {
            assertEquals(database, owners.get(database), "Database " + database + " owned by its own role");
            assertEquals(database + "-db-credentials", roleSecrets.get(database), "role " + database + "'s password");
        }
        objects.stream()
                .filter(o -> o.kind().equals("Database"))
                .forEach(db -> assertEquals(
                        cluster.name(), db.spec().path("cluster").path("name").asText()));
        assertTrue(cluster.spec().path("instances").asInt() >= 2, "prod runs a replica");
    }

    @Test
    void prodCommitsNoSecretAndRunsNativeSegmentation() {
        List<K8sObject> objects = Kustomize.overlay("prod");
        assertTrue(objects.stream().noneMatch(o -> o.kind().equals("Secret")), "prod must not commit a Secret");
        for (Workload workload : Workload.all(objects)) {
            String image = workload.containers().iterator().next().path("image").asText();
            assertEquals(image.startsWith("psychograph/segmentation-service:"), image.endsWith("-native"), image);
        }
        assertTrue(
                PodEnvironment.of(container(objects, "gateway"), objects)
                        .get("QUARKUS_OIDC_AUTH_SERVER_URL")
                        .startsWith("https://"),
                "prod validates tokens against an HTTPS issuer");
    }

    static JsonNode container(List<K8sObject> objects, String workloadName) {
        return Workload.all(objects).stream()
                .filter(w -> w.name().equals(workloadName))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no workload " + workloadName))
                .containers()
                .iterator()
                .next();
    }

    private static K8sObject find(List<K8sObject> objects, String kind, String name) {
        return ReferenceChecks.find(objects, kind, name)
                .orElseThrow(() -> new AssertionError("no " + kind + "/" + name));
    }

    /** The Secret (without kustomize's hash suffix) and key a variable comes from. */
    private static String secretName(JsonNode container, String variable) {
        String ref = PodEnvironment.secretOf(container, variable);
        return ref == null ? null : ref.replaceFirst("-[a-z0-9]{10}/", "/");
    }

    private static Set<String> names(List<K8sObject> objects, String kind, Function<K8sObject, String> name) {
        return objects.stream()
                .filter(o -> o.kind().equals(kind))
                .map(name)
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
