package org.psychograph.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Evaluates the rendered NetworkPolicies for one connection, the way the API defines them: a pod
 * selected by no policy of a direction is open in that direction; otherwise some rule of a
 * selecting policy must admit the peer and the port. Written here because no cluster (and so no
 * CNI) is available on the build machines; it covers podSelector, namespaceSelector (with an
 * optional podSelector), ipBlock (taken to match any address outside the cluster), numbered and
 * named ports and endPort.
 */
final class NetworkPolicies {

    /** One end of a connection. A pod outside the namespace has no label we know but its namespace's. */
    record Peer(
            String description,
            boolean inNamespace,
            boolean outsideCluster,
            Map<String, String> namespaceLabels,
            Map<String, String> podLabels,
            Workload workload) {

        static Peer pod(Workload workload, String namespace) {
            return new Peer(
                    workload.id(),
                    true,
                    false,
                    Map.of("kubernetes.io/metadata.name", namespace),
                    workload.labels(),
                    workload);
        }

        static Peer podElsewhere(String namespace, Map<String, String> podLabels) {
            return new Peer(
                    "pods " + podLabels + " in namespace " + namespace,
                    false,
                    false,
                    Map.of("kubernetes.io/metadata.name", namespace),
                    podLabels,
                    null);
        }

        static Peer labelled(String description, String namespace, Map<String, String> podLabels) {
            return new Peer(
                    description, true, false, Map.of("kubernetes.io/metadata.name", namespace), podLabels, null);
        }

        static Peer external(String host) {
            return new Peer(host, false, true, Map.of(), Map.of(), null);
        }
    }

    private final List<K8sObject> policies;

    NetworkPolicies(List<K8sObject> objects) {
        this.policies =
                objects.stream().filter(o -> o.kind().equals("NetworkPolicy")).toList();
    }

    /** Empty when the connection is allowed both ways, else which side denies it. */
    Optional<String> denies(Peer source, Peer target, int port, String protocol) {
        if (source.inNamespace() && !allowed(source, "Egress", "egress", "to", target, port, protocol)) {
            return Optional.of("no egress rule lets " + source.description() + " reach " + target.description() + " on "
                    + protocol + "/" + port);
        }
        if (target.inNamespace() && !allowed(target, "Ingress", "ingress", "from", source, port, protocol)) {
            return Optional.of("no ingress rule lets " + source.description() + " into " + target.description() + " on "
                    + protocol + "/" + port);
        }
        return Optional.empty();
    }

    private boolean allowed(
            Peer subject, String type, String rulesField, String peersField, Peer other, int port, String protocol) {
        boolean isolated = false;
        Peer portOwner = rulesField.equals("egress") ? other : subject;
        for (K8sObject policy : policies) {
            JsonNode spec = policy.spec();
            if (!Workload.selects(spec.path("podSelector"), subject.podLabels()) || !hasType(spec, type)) {
                continue;
            }
            isolated = true;
            for (JsonNode rule : spec.path(rulesField)) {
                if (portMatches(rule.path("ports"), portOwner, port, protocol)
                        && peerMatches(rule.path(peersField), other)) {
                    return true;
                }
            }
        }
        return !isolated;
    }

    private static boolean hasType(JsonNode spec, String type) {
        if (spec.has("policyTypes")) {
            for (JsonNode t : spec.path("policyTypes")) {
                if (t.asText().equals(type)) {
                    return true;
                }
            }
            return false;
        }
        return type.equals("Ingress") || spec.has("egress");
    }

    private static boolean portMatches(JsonNode ports, Peer owner, int port, String protocol) {
        if (ports.isMissingNode() || ports.isEmpty()) {
            return true;
        }
        for (JsonNode candidate : ports) {
            if (!candidate.path("protocol").asText("TCP").equals(protocol)) {
                continue;
            }
            JsonNode value = candidate.path("port");
            if (value.isMissingNode()) {
                return true;
            }
            if (value.isTextual()) {
                if (owner.workload() != null
                        && owner.workload().resolvePort(value).orElse(-1) == port) {
                    return true;
                }
            } else if (value.asInt() == port
                    || (value.asInt() < port && candidate.path("endPort").asInt(0) >= port)) {
                return true;
            }
        }
        return false;
    }

    private static boolean peerMatches(JsonNode peers, Peer other) {
        if (peers.isMissingNode() || peers.isEmpty()) {
            return true;
        }
        for (JsonNode peer : peers) {
            if (peer.has("ipBlock")) {
                if (other.outsideCluster()) {
                    return true;
                }
                continue;
            }
            if (other.outsideCluster()) {
                continue;
            }
            boolean namespaceOk = peer.has("namespaceSelector")
                    ? Workload.selects(peer.path("namespaceSelector"), other.namespaceLabels())
                    : other.inNamespace();
            boolean podOk = !peer.has("podSelector") || Workload.selects(peer.path("podSelector"), other.podLabels());
            if (namespaceOk && podOk) {
                return true;
            }
        }
        return false;
    }
}
