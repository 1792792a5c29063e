package org.psychograph.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every pod the manifests run: both probes on declared ports, requests and limits, the full
 * security context; and for the Psychograph images, agreement with the service module they come
 * from (port, health and metrics paths, environment variables).
 */
final class WorkloadChecks {

    static final String IMAGE_PREFIX = "psychograph/";

    /** Third-party containers that may keep a writable root filesystem, and why. */
    static final Map<String, String> WRITABLE_ROOT_ALLOWED = Map.of(
            "keycloak", "Keycloak start-dev re-augments under /opt/keycloak/lib and keeps H2 under /opt/keycloak/data");

    private final Map<String, ServiceModule> modules = new HashMap<>();

    List<String> check(List<K8sObject> objects) {
        List<String> problems = new ArrayList<>();
        for (Workload workload : Workload.all(objects)) {
            checkPodSecurity(workload, problems);
            for (JsonNode container : workload.containers()) {
                String where =
                        workload.id() + " container " + container.path("name").asText();
                checkProbes(container, where, problems);
                checkResources(container, where, problems);
                checkContainerSecurity(workload, container, where, problems);
                String image = container.path("image").asText();
                checkImageTag(image, where, problems);
                if (image.startsWith(IMAGE_PREFIX)) {
                    checkAgainstModule(workload, container, where, problems);
                }
            }
        }
        return problems;
    }

    private static void checkProbes(JsonNode container, String where, List<String> problems) {
        for (String probe : List.of("readinessProbe", "livenessProbe", "startupProbe")) {
            JsonNode spec = container.path(probe);
            if (spec.isMissingNode()) {
                if (!probe.equals("startupProbe")) {
                    problems.add(where + " has no " + probe);
                }
                continue;
            }
            for (String handler : List.of("httpGet", "tcpSocket", "grpc")) {
                JsonNode port = spec.path(handler).path("port");
                if (!port.isMissingNode()
                        && Workload.resolvePort(container, port).isEmpty()) {
                    problems.add(where + ": " + probe + " port " + port.asText()
                            + " is not a declared container port (declared: " + Workload.describePorts(container)
                            + ")");
                }
            }
        }
    }

    private static void checkResources(JsonNode container, String where, List<String> problems) {
        for (String bound : List.of("requests", "limits")) {
            for (String resource : List.of("cpu", "memory")) {
                if (!container.path("resources").path(bound).has(resource)) {
                    problems.add(where + " has no resources." + bound + "." + resource);
                }
            }
        }
    }

    private static void checkPodSecurity(Workload workload, List<String> problems) {
        if (workload.podSpec().path("automountServiceAccountToken").asBoolean(true)) {
            problems.add(
                    workload.id() + ": automountServiceAccountToken must be false (no pod here calls the API server)");
        }
    }

    private static void checkContainerSecurity(
            Workload workload, JsonNode container, String where, List<String> problems) {
        JsonNode pod = workload.podSpec().path("securityContext");
        JsonNode own = container.path("securityContext");
        if (!effective(own, pod, "runAsNonRoot").asBoolean(false)) {
            problems.add(where + ": securityContext.runAsNonRoot must be true");
        }
        String name = container.path("name").asText();
        if (!own.path("readOnlyRootFilesystem").asBoolean(false) && !WRITABLE_ROOT_ALLOWED.containsKey(name)) {
            problems.add(where + ": securityContext.readOnlyRootFilesystem must be true");
        }
        if (!own.path("allowPrivilegeEscalation").isBoolean()
                || own.path("allowPrivilegeEscalation").asBoolean()) {
            problems.add(where + ": securityContext.allowPrivilegeEscalation must be false");
        }
        boolean dropsAll = false;
        for (JsonNode capability : own.path("capabilities").path("drop")) {
            dropsAll |= capability.asText().equals("ALL");
        }
        if (!dropsAll) {
            problems.add(where + ": securityContext.capabilities.drop must contain ALL");
        }
        String seccomp = effective(own, pod, "seccompProfile").path("type").asText("");
        if (!seccomp.equals("RuntimeDefault") && !seccomp.equals("Localhost")) {
            problems.add(where + ": securityContext.seccompProfile.type must be RuntimeDefault");
        }
        if (own.path("readOnlyRootFilesystem").asBoolean(false) && !hasEmptyDirAt(workload, container, "/tmp")) {
            problems.add(where + ": a read-only root filesystem needs an emptyDir mounted at /tmp");
        }
    }

    private static JsonNode effective(JsonNode container, JsonNode pod, String field) {
        return container.has(field) ? container.get(field) : pod.path(field);
    }

    private static boolean hasEmptyDirAt(Workload workload, JsonNode container, String path) {
        for (JsonNode mount : container.path("volumeMounts")) {
            if (path.equals(mount.path("mountPath").asText())) {
                for (JsonNode volume : workload.podSpec().path("volumes")) {
                    if (volume.path("name").asText().equals(mount.path("name").asText()) && volume.has("emptyDir")) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static void checkImageTag(String image, String where, List<String> problems) {
        String lastPart = image.substring(image.lastIndexOf('/') + 1);
        if (!image.contains("@") && (!lastPart.contains(":") || lastPart.endsWith(":latest"))) {
            problems.add(where + ": image " + image + " needs a fixed tag (not latest)");
        }
    }

    private void checkAgainstModule(Workload workload, JsonNode container, String where, List<String> problems) {
        String image = container.path("image").asText();
        String repository = image.split("[:@]", 2)[0];
        String moduleName = repository.substring(IMAGE_PREFIX.length());
        if (!ServiceModule.exists(moduleName)) {
            problems.add(where + ": image " + image + " names no service module (no " + moduleName
                    + "/src/main/resources/application.properties)");
            return;
        }
        if (ServiceModule.exists(workload.name()) && !workload.name().equals(moduleName)) {
            problems.add(where + ": runs image " + repository + " but is named after module " + workload.name()
                    + " (expected image " + IMAGE_PREFIX + workload.name() + ")");
        }
        ServiceModule module = modules.computeIfAbsent(moduleName, ServiceModule::load);
        int port = module.httpPort();
        for (JsonNode declared : container.path("ports")) {
            if (declared.path("containerPort").asInt() != port) {
                problems.add(where + ": containerPort "
                        + declared.path("containerPort").asText() + " but " + moduleName
                        + " listens on quarkus.http.port " + port);
            }
        }
        checkHealthProbe(container, "readinessProbe", module.readinessPath(), port, where, problems);
        checkHealthProbe(container, "livenessProbe", module.livenessPath(), port, where, problems);
        if (container.has("startupProbe")) {
            checkHealthProbe(container, "startupProbe", module.startupPath(), port, where, problems);
        }
        checkMetrics(workload, module, port, where, problems);
        for (JsonNode env : container.path("env")) {
            String variable = env.path("name").asText();
            if (!module.reads(variable)) {
                problems.add(where + ": sets " + variable + ", which " + moduleName + " does not read (not a key or"
                        + " ${placeholder} in its application.properties, nor a Quarkus key of its extensions)");
            }
        }
        if (container.has("envFrom")) {
            problems.add(where + ": envFrom hides which variables reach the service; list them under env");
        }
    }

    private static void checkHealthProbe(
            JsonNode container, String probe, String path, int port, String where, List<String> problems) {
        JsonNode httpGet = container.path(probe).path("httpGet");
        if (container.path(probe).isMissingNode()) {
            return;
        }
        if (!path.equals(httpGet.path("path").asText(null))) {
            problems.add(where + ": " + probe + " must be an httpGet on SmallRye Health's " + path + " but is "
                    + (httpGet.isMissingNode()
                            ? container.path(probe)
                            : httpGet.path("path").asText("(no path)")));
        }
        Optional<Integer> probePort = Workload.resolvePort(container, httpGet.path("port"));
        if (probePort.isPresent() && probePort.get() != port) {
            problems.add(
                    where + ": " + probe + " probes port " + probePort.get() + " but the service listens on " + port);
        }
    }

    private static void checkMetrics(
            Workload workload, ServiceModule module, int port, String where, List<String> problems) {
        String metricsPath = module.metricsPath();
        if (metricsPath == null) {
            return;
        }
        Map<String, String> annotations = workload.annotations();
        if (!"true".equals(annotations.get("prometheus.io/scrape"))
                || !metricsPath.equals(annotations.get("prometheus.io/path"))
                || !String.valueOf(port).equals(annotations.get("prometheus.io/port"))) {
            problems.add(where + ": pod annotations must say prometheus.io/scrape=true, prometheus.io/path="
                    + metricsPath + ", prometheus.io/port=" + port + " (found " + annotations + ")");
        }
    }
}
