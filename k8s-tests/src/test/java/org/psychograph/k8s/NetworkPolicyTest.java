package org.psychograph.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.psychograph.k8s.NetworkPolicies.Peer;

/**
 * The NetworkPolicies deny by default and still let through every connection the services are
 * configured to make: each URL in their environment (GraphQL clients, database, OIDC provider)
 * must name a rendered Service (or CloudNativePG cluster, or an outside HTTPS host), hit one of
 * its ports, and be allowed on both ends. Plus the ingress controller, DNS and metrics scraping.
 */
class NetworkPolicyTest {

    static List<String> overlays() {
        return Kustomize.overlays();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void everythingIsDeniedUnlessAllowed(String overlay) {
        boolean denyAll = Kustomize.overlay(overlay).stream()
                .filter(o -> o.kind().equals("NetworkPolicy"))
                .map(K8sObject::spec)
                .anyMatch(spec -> spec.path("podSelector").isEmpty()
                        && spec.path("policyTypes").toString().equals("[\"Ingress\",\"Egress\"]")
                        && !spec.has("ingress")
                        && !spec.has("egress"));
        assertTrue(denyAll, overlay + " has no NetworkPolicy denying all ingress and egress");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void everyConfiguredUrlIsReachable(String overlay) {
        List<K8sObject> objects = Kustomize.overlay(overlay);
        NetworkPolicies policies = new NetworkPolicies(objects);
        String namespace = namespace(objects);
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (Workload workload : Workload.all(objects)) {
            for (JsonNode container : workload.containers()) {
                if (!container.path("image").asText().startsWith(WorkloadChecks.IMAGE_PREFIX)) {
                    continue;
                }
                for (Map.Entry<String, String> env :
                        PodEnvironment.of(container, objects).entrySet()) {
                    Optional<URI> url = url(env.getValue());
                    if (url.isPresent()) {
                        checked++;
                        String where = workload.id() + " " + env.getKey() + "=" + env.getValue() + ": ";
                        connect(objects, policies, namespace, workload, url.get())
                                .ifPresent(problem -> problems.add(where + problem));
                    }
                }
            }
        }
        assertTrue(checked >= 20, "only " + checked + " URLs found in " + overlay);
        assertTrue(problems.isEmpty(), Manifests.report("overlay " + overlay, problems));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void theIngressControllerReachesTheGatewayAndNothingElse(String overlay) {
        List<K8sObject> objects = Kustomize.overlay(overlay);
        NetworkPolicies policies = new NetworkPolicies(objects);
        Peer controller = Peer.podElsewhere("ingress-nginx", Map.of());
        for (Workload workload : Workload.all(objects)) {
            Peer target = Peer.pod(workload, namespace(objects));
            for (JsonNode container : workload.containers()) {
                for (JsonNode port : container.path("ports")) {
                    Optional<String> denied = policies.denies(
                            controller, target, port.path("containerPort").asInt(), "TCP");
                    assertEquals(
                            workload.name().equals("gateway"),
                            denied.isEmpty(),
                            overlay + ": ingress controller to " + workload.id() + " port " + port + ": " + denied);
                }
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void everyPodResolvesNamesAndIsScraped(String overlay) {
        List<K8sObject> objects = Kustomize.overlay(overlay);
        NetworkPolicies policies = new NetworkPolicies(objects);
        Peer dns = Peer.podElsewhere("kube-system", Map.of("k8s-app", "kube-dns"));
        Peer prometheus = Peer.podElsewhere("monitoring", Map.of());
        for (Workload workload : Workload.all(objects)) {
            Peer pod = Peer.pod(workload, namespace(objects));
            for (String protocol : List.of("UDP", "TCP")) {
                assertEquals(Optional.empty(), policies.denies(pod, dns, 53, protocol), overlay);
            }
            String metricsPort = workload.annotations().get("prometheus.io/port");
            if (metricsPort != null) {
                assertEquals(
                        Optional.empty(),
                        policies.denies(prometheus, pod, Integer.parseInt(metricsPort), "TCP"),
                        overlay);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void callsNobodyConfiguredAreDenied(String overlay) {
        List<K8sObject> objects = Kustomize.overlay(overlay);
        NetworkPolicies policies = new NetworkPolicies(objects);
        String namespace = namespace(objects);
        Map<String, Workload> byName = new HashMap<>();
        Workload.all(objects).forEach(w -> byName.put(w.name(), w));
        Peer database = Peer.labelled("database pods", namespace, Map.of("app.kubernetes.io/component", "database"));
        Peer gateway = Peer.pod(byName.get("gateway"), namespace);
        assertTrue(policies.denies(gateway, database, 5432, "TCP").isPresent(), "gateway must not reach the database");
        assertTrue(
                policies.denies(
                                Peer.pod(byName.get("persona-service"), namespace),
                                Peer.pod(byName.get("survey-service"), namespace),
                                8081,
                                "TCP")
                        .isPresent(),
                "persona-service has no reason to call survey-service");
        assertTrue(
                policies.denies(
                                Peer.pod(byName.get("survey-service"), namespace),
                                Peer.external("example.org"),
                                80,
                                "TCP")
                        .isPresent(),
                "plain HTTP to the outside must be denied");
    }

    private static Optional<String> connect(
            List<K8sObject> objects, NetworkPolicies policies, String namespace, Workload source, URI url) {
        Peer from = Peer.pod(source, namespace);
        String host = url.getHost();
        int port = url.getPort() > 0
                ? url.getPort()
                : switch (url.getScheme()) {
                    case "https" -> 443;
                    case "postgresql" -> 5432;
                    default -> 80;
                };
        Optional<K8sObject> service = ReferenceChecks.find(objects, "Service", host);
        if (service.isPresent()) {
            return connectToService(objects, policies, namespace, from, service.get(), port);
        }
        Optional<K8sObject> cluster = objects.stream()
                .filter(o -> o.kind().equals("Cluster") && host.matches(o.name() + "-(rw|ro|r)"))
                .findFirst();
        if (cluster.isPresent()) {
            Map<String, String> labels = new HashMap<>(Workload.strings(
                    cluster.get().spec().path("inheritedMetadata").path("labels")));
            labels.put("cnpg.io/cluster", cluster.get().name());
            return policies.denies(from, Peer.labelled(cluster.get().id() + " pods", namespace, labels), port, "TCP");
        }
        if (host.contains(".") && url.getScheme().equals("https")) {
            return policies.denies(from, Peer.external(host), port, "TCP");
        }
        return Optional.of("host " + host + " is neither a Service here, a CloudNativePG cluster's service,"
                + " nor an outside HTTPS host");
    }

    private static Optional<String> connectToService(
            List<K8sObject> objects,
            NetworkPolicies policies,
            String namespace,
            Peer from,
            K8sObject service,
            int port) {
        for (JsonNode servicePort : service.spec().path("ports")) {
            if (servicePort.path("port").asInt() != port) {
                continue;
            }
            JsonNode target = servicePort.has("targetPort") ? servicePort.get("targetPort") : servicePort.get("port");
            for (Workload workload :
                    Workload.selectedBy(Workload.strings(service.spec().path("selector")), Workload.all(objects))) {
                Optional<String> denied = policies.denies(
                        from,
                        Peer.pod(workload, namespace),
                        workload.resolvePort(target).orElse(-1),
                        "TCP");
                if (denied.isPresent()) {
                    return denied;
                }
            }
            return Optional.empty();
        }
        return Optional.of(service.id() + " has no port " + port);
    }

    private static Optional<URI> url(String value) {
        String candidate = value.startsWith("jdbc:") ? value.substring("jdbc:".length()) : value;
        if (!candidate.matches("(https?|postgresql)://.+")) {
            return Optional.empty();
        }
        return Optional.of(URI.create(candidate));
    }

    static String namespace(List<K8sObject> objects) {
        return objects.stream()
                .filter(o -> o.kind().equals("Namespace"))
                .map(K8sObject::name)
                .findFirst()
                .orElseThrow(() -> new AssertionError("the overlay creates no Namespace"));
    }
}
