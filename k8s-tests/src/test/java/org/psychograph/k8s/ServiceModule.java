package org.psychograph.k8s;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * What the manifests must agree with in one service module: its HTTP port, health and metrics paths
 * and the environment variables it reads, all read from its application.properties and pom.xml at
 * test time (never copied), so the checks follow the services as they change.
 */
final class ServiceModule {

    /**
     * Variables Quarkus reads although the key is not in application.properties, allowed only where
     * the module has the extension that reads them (checked through its pom.xml).
     * Exact names, not prefixes, so a typo still fails.
     */
    private static final Set<String> ALWAYS_READ = Set.of("QUARKUS_PROFILE");

    private static final Set<String> DATASOURCE_KEYS = Set.of(
            "QUARKUS_DATASOURCE_REACTIVE_URL", "QUARKUS_DATASOURCE_JDBC_URL",
            "QUARKUS_DATASOURCE_USERNAME", "QUARKUS_DATASOURCE_PASSWORD");
    private static final Set<String> OIDC_KEYS =
            Set.of("QUARKUS_OIDC_AUTH_SERVER_URL", "QUARKUS_OIDC_CLIENT_ID", "QUARKUS_OIDC_CREDENTIALS_SECRET");
    private static final Set<String> OIDC_CLIENT_KEYS = Set.of(
            "QUARKUS_OIDC_CLIENT_AUTH_SERVER_URL",
            "QUARKUS_OIDC_CLIENT_CLIENT_ID",
            "QUARKUS_OIDC_CLIENT_CREDENTIALS_SECRET");
    /** quarkus.smallrye-graphql-client."key".url for any client key. */
    private static final Pattern GRAPHQL_CLIENT_URL = Pattern.compile("QUARKUS_SMALLRYE_GRAPHQL_CLIENT_[A-Z0-9]+_URL");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^:}]+)");

    private final String name;
    private final Properties properties;
    private final Set<String> artifacts;

    ServiceModule(String name, Properties properties, Set<String> artifacts) {
        this.name = name;
        this.properties = properties;
        this.artifacts = Set.copyOf(artifacts);
    }

    /** The module directory of that name under the repository root, if it is a service module. */
    static boolean exists(String name) {
        return Files.isRegularFile(ProjectFiles.module(name).resolve("src/main/resources/application.properties"));
    }

    static ServiceModule load(String name) {
        Path dir = ProjectFiles.module(name);
        try (Reader reader = Files.newBufferedReader(dir.resolve("src/main/resources/application.properties"))) {
            return new ServiceModule(name, read(reader), dependencies(dir.resolve("pom.xml")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Properties read(Reader reader) throws IOException {
        Properties properties = new Properties();
        properties.load(reader);
        return properties;
    }

    static Properties read(String text) {
        try {
            return read(new StringReader(text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String name() {
        return name;
    }

    /** quarkus.http.port as the prod profile sees it (Quarkus' default 8080 when unset). */
    int httpPort() {
        return Integer.parseInt(prod("quarkus.http.port", "8080").trim());
    }

    String livenessPath() {
        return healthPath("quarkus.smallrye-health.liveness-path", "live");
    }

    String readinessPath() {
        return healthPath("quarkus.smallrye-health.readiness-path", "ready");
    }

    String startupPath() {
        return healthPath("quarkus.smallrye-health.startup-path", "started");
    }

    /** Micrometer's Prometheus endpoint, or null when the module has no Prometheus registry. */
    String metricsPath() {
        if (!artifacts.contains("quarkus-micrometer-registry-prometheus")) {
            return null;
        }
        return underNonApplicationRoot(prod("quarkus.micrometer.export.prometheus.path", "metrics"));
    }

    /** Whether the service reads an environment variable of that name. */
    boolean reads(String variable) {
        if (ALWAYS_READ.contains(variable) || configEnvNames().contains(variable)) {
            return true;
        }
        if (DATASOURCE_KEYS.contains(variable)) {
            return properties.containsKey("quarkus.datasource.db-kind");
        }
        if (OIDC_CLIENT_KEYS.contains(variable)) {
            return artifacts.contains("quarkus-oidc-client");
        }
        if (OIDC_KEYS.contains(variable)) {
            return artifacts.contains("quarkus-oidc");
        }
        if (GRAPHQL_CLIENT_URL.matcher(variable).matches()) {
            return artifacts.contains("quarkus-smallrye-graphql-client");
        }
        return false;
    }

    /**
     * The environment variables named in application.properties: every ${NAME...} placeholder, and
     * the environment form of every key (its profile prefix dropped).
     */
    Set<String> configEnvNames() {
        Set<String> names = new TreeSet<>();
        for (String key : properties.stringPropertyNames()) {
            String unprofiled = key.startsWith("%") && key.indexOf('.') > 0 ? key.substring(key.indexOf('.') + 1) : key;
            names.add(envName(unprofiled));
            Matcher placeholder = PLACEHOLDER.matcher(properties.getProperty(key));
            while (placeholder.find()) {
                String expression = placeholder.group(1).trim();
                names.add(expression);
                names.add(envName(expression));
            }
        }
        return names;
    }

    /**
     * SmallRye Config's environment-variable form of a key: upper case, every character other than
     * a letter, digit or underscore replaced by '_' (so quotes become '_' too:
     * quarkus.datasource."users".jdbc.url reads QUARKUS_DATASOURCE__USERS__JDBC_URL).
     */
    static String envName(String key) {
        StringBuilder env = new StringBuilder(key.length());
        for (char c : key.toCharArray()) {
            env.append(Character.isLetterOrDigit(c) && c < 128 ? Character.toUpperCase(c) : '_');
        }
        return env.toString().toUpperCase(Locale.ROOT);
    }

    private String healthPath(String key, String defaultPath) {
        String root = prod("quarkus.smallrye-health.root-path", "health");
        String health = root.startsWith("/") ? root : underNonApplicationRoot(root);
        String path = prod(key, defaultPath);
        return path.startsWith("/") ? path : health + "/" + path;
    }

    private String underNonApplicationRoot(String path) {
        if (path.startsWith("/")) {
            return path;
        }
        String root = prod("quarkus.http.non-application-root-path", "q");
        String base = root.startsWith("/") ? root : "/" + root;
        return (base.endsWith("/") ? base : base + "/") + path;
    }

    private String prod(String key, String defaultValue) {
        return properties.getProperty("%prod." + key, properties.getProperty(key, defaultValue));
    }

    private static Set<String> dependencies(Path pom) {
        Set<String> artifacts = new HashSet<>();
        try {
            var factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            var document = factory.newDocumentBuilder().parse(pom.toFile());
            NodeList dependencies = document.getElementsByTagName("dependency");
            for (int i = 0; i < dependencies.getLength(); i++) {
                var artifact = ((Element) dependencies.item(i)).getElementsByTagName("artifactId");
                if (artifact.getLength() > 0) {
                    artifacts.add(artifact.item(0).getTextContent().trim());
                }
            }
        } catch (Exception e) {
            throw new IllegalStateException("cannot read " + pom, e);
        }
        return artifacts;
    }
}
