package org.psychograph.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** How the allowed environment variables, port and paths are derived from a module's files. */
class ServiceModuleTest {

    private static ServiceModule module(String properties, String... artifacts) {
        return new ServiceModule("demo", ServiceModule.read(properties), Set.of(artifacts));
    }

    @Test
    void keysBecomeSmallRyeEnvironmentNames() {
        assertEquals("QUARKUS_HTTP_PORT", ServiceModule.envName("quarkus.http.port"));
        assertEquals("PSYCHOGRAPH_IMPORT_MAX_ROWS", ServiceModule.envName("psychograph.import.max-rows"));
        assertEquals(
                "QUARKUS_DATASOURCE__USERS__JDBC_URL", ServiceModule.envName("quarkus.datasource.\"users\".jdbc.url"));
    }

    @Test
    void placeholdersAndKeysOfEveryProfileAreRead() {
        ServiceModule module = module("""
                psychograph.import.max-rows=${IMPORT_MAX_ROWS:2000000}
                %test.quarkus.oidc.auth-server-url=${keycloak.url:x}/realms/quarkus
                quarkus.log.console.json.enabled=${LOG_JSON:false}
                quarkus.http.limits.max-body-size=${OUTER:${INNER:10M}}
                """);
        assertTrue(module.reads("IMPORT_MAX_ROWS"));
        assertTrue(module.reads("PSYCHOGRAPH_IMPORT_MAX_ROWS"));
        assertTrue(module.reads("QUARKUS_OIDC_AUTH_SERVER_URL"));
        assertTrue(module.reads("KEYCLOAK_URL"));
        assertTrue(module.reads("LOG_JSON"));
        assertTrue(module.reads("OUTER"));
        assertTrue(module.reads("INNER"));
        assertTrue(module.reads("QUARKUS_PROFILE"));
        assertFalse(module.reads("IMPORT_MAX_ROW"));
        assertFalse(module.reads("LOGJSON"));
    }

    @Test
    void quarkusKeysOutsideTheFileNeedTheExtensionThatReadsThem() {
        ServiceModule withoutDatabase = module("quarkus.http.port=8080", "quarkus-oidc");
        assertFalse(withoutDatabase.reads("QUARKUS_DATASOURCE_PASSWORD"));
        assertFalse(withoutDatabase.reads("QUARKUS_OIDC_CLIENT_CREDENTIALS_SECRET"));
        assertFalse(withoutDatabase.reads("QUARKUS_SMALLRYE_GRAPHQL_CLIENT_SURVEY_URL"));
        assertTrue(withoutDatabase.reads("QUARKUS_OIDC_AUTH_SERVER_URL"));

        ServiceModule full = module(
                "quarkus.datasource.db-kind=postgresql",
                "quarkus-oidc",
                "quarkus-oidc-client",
                "quarkus-smallrye-graphql-client");
        assertTrue(full.reads("QUARKUS_DATASOURCE_PASSWORD"));
        assertTrue(full.reads("QUARKUS_OIDC_CLIENT_CREDENTIALS_SECRET"));
        assertTrue(full.reads("QUARKUS_SMALLRYE_GRAPHQL_CLIENT_SURVEY_URL"));
        assertFalse(full.reads("QUARKUS_DATASOURCE_PASSWORDS"));
        assertFalse(full.reads("QUARKUS_SMALLRYE_GRAPHQL_CLIENT_SURVEY_URI"));
    }

    @Test
    void portAndPathsFollowTheProdProfileAndQuarkusDefaults() {
        ServiceModule defaults = module("", "quarkus-micrometer-registry-prometheus");
        assertEquals(8080, defaults.httpPort());
        assertEquals("/q/health/ready", defaults.readinessPath());
        assertEquals("/q/health/live", defaults.livenessPath());
        assertEquals("/q/health/started", defaults.startupPath());
        assertEquals("/q/metrics", defaults.metricsPath());

        ServiceModule custom = module("""
                quarkus.http.port=8081
                %prod.quarkus.http.port=9090
                quarkus.http.non-application-root-path=internal
                quarkus.smallrye-health.liveness-path=alive
                quarkus.micrometer.export.prometheus.path=/prometheus
                """, "quarkus-micrometer-registry-prometheus");
        assertEquals(9090, custom.httpPort());
        assertEquals("/internal/health/alive", custom.livenessPath());
        assertEquals("/prometheus", custom.metricsPath());
        assertEquals(null, module("").metricsPath());
    }

    @Test
    void theRealModulesListenWhereTheManifestsSay() {
        assertEquals(8081, ServiceModule.load("survey-service").httpPort());
        assertEquals(8082, ServiceModule.load("segmentation-service").httpPort());
        assertEquals(8083, ServiceModule.load("persona-service").httpPort());
        assertEquals(8080, ServiceModule.load("gateway").httpPort());
    }
}
