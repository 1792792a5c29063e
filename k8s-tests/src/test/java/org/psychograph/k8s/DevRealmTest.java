package org.psychograph.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The dev Keycloak realm agrees with the services and the dev overlay: roles, users and their
 * workspaces, the clients, and the claims the services read (audience, workspaces).
 * (The realm was also imported into a real Keycloak 26.5.6 by hand: see docs/deploy-kubernetes.md.)
 */
class DevRealmTest {

    private static JsonNode realm;
    private static List<K8sObject> dev;

    @BeforeAll
    static void load() throws IOException {
        realm = K8sObject.JSON.readTree(ProjectFiles.k8sDir()
                .resolve("overlays/dev/keycloak/psychograph-realm.json")
                .toFile());
        dev = Kustomize.overlay("dev");
    }

    @Test
    void theRealmHasTheThreeRolesAndTheDemoUsers() {
        assertEquals("psychograph", realm.path("realm").asText());
        List<String> roles = new ArrayList<>();
        realm.path("roles").path("realm").forEach(r -> roles.add(r.path("name").asText()));
        assertEquals(List.of("viewer", "analyst", "admin", "service"), roles);
        assertUser("alice", "analyst", "[\"acme\"]");
        assertUser("victor", "viewer", "[\"acme\"]");
        assertUser("bob", "analyst", "[\"globex\"]");
        // the suite's service account reads for background work and may write nothing
        assertUser("service-account-psychograph-worker", "service", "[\"acme\",\"globex\",\"initech\"]");
        assertUser("carol", "analyst", "[\"initech\"]");
        // a signed-up user nobody has given access yet: the console's "no access" screen is tested with her
        JsonNode nora = user("nora");
        assertEquals("[]", nora.path("realmRoles").toString());
        assertTrue(nora.path("attributes").path("workspaces").isMissingNode());
    }

    @Test
    void workspacesAreAMultivaluedAttributeOnlyAdminsEdit() throws IOException {
        String config = realm.path("components")
                .path("org.keycloak.userprofile.UserProfileProvider")
                .get(0)
                .path("config")
                .path("kc.user.profile.config")
                .get(0)
                .asText();
        JsonNode workspaces = null;
        for (JsonNode attribute : K8sObject.JSON.readTree(config).path("attributes")) {
            if (attribute.path("name").asText().equals("workspaces")) {
                workspaces = attribute;
            }
        }
        assertTrue(workspaces != null, "the user profile declares no workspaces attribute");
        assertTrue(workspaces.path("multivalued").asBoolean());
        assertEquals("[\"admin\"]", workspaces.path("permissions").path("edit").toString());
    }

    @Test
    void theWorkerClientMatchesTheDevConfigAndSecret() {
        JsonNode worker = client("psychograph-worker");
        assertEquals(false, worker.path("publicClient").asBoolean(true));
        assertTrue(worker.path("serviceAccountsEnabled").asBoolean());
        assertEquals(config("oidc-client-id"), "psychograph-worker");
        K8sObject secret = dev.stream()
                .filter(o -> o.kind().equals("Secret") && o.name().startsWith("psychograph-oidc-client"))
                .findFirst()
                .orElseThrow();
        String devSecret = new String(
                Base64.getDecoder()
                        .decode(secret.body().path("data").path("client-secret").asText()),
                StandardCharsets.UTF_8);
        assertEquals(worker.path("secret").asText(), devSecret, "the dev Secret must hold the realm's client secret");
        JsonNode serviceAccount = user("service-account-psychograph-worker");
        assertEquals(
                "psychograph-worker",
                serviceAccount.path("serviceAccountClientId").asText());
        assertEquals("[\"service\"]", serviceAccount.path("realmRoles").toString(), "it reads; it writes nothing");
    }

    @Test
    void theCliClientIsPublicWithDirectAccessGrants() {
        JsonNode cli = client("psychograph-cli");
        assertTrue(cli.path("publicClient").asBoolean());
        assertTrue(cli.path("directAccessGrantsEnabled").asBoolean());
    }

    @Test
    void theConsoleClientIsPublicWithPkceAndTheBrowserFlowOnly() {
        JsonNode console = client("psychograph-console");
        assertTrue(console.path("publicClient").asBoolean(), "a browser keeps no secret");
        assertFalse(console.has("secret"));
        assertTrue(console.path("standardFlowEnabled").asBoolean());
        assertFalse(console.path("directAccessGrantsEnabled").asBoolean(true), "users type passwords at Keycloak only");
        assertFalse(console.path("implicitFlowEnabled").asBoolean(true));
        assertEquals(
                "S256",
                console.path("attributes").path("pkce.code.challenge.method").asText());
        // the gateway's own origin, where it serves the console (port 8080 in the main job)
        assertTrue(console.path("redirectUris").toString().contains("http://127.0.0.1:8080/*"));
        assertTrue(console.path("webOrigins").toString().contains("http://127.0.0.1:8080"));
    }

    @Test
    void tokensCarryTheAudienceAndWorkspacesTheServicesCheck() {
        String audience = config("oidc-audience");
        for (String module : List.of("survey-service", "segmentation-service", "persona-service", "gateway")) {
            String configured = ServiceModule.read(readProperties(module)).getProperty("quarkus.oidc.token.audience");
            assertTrue(configured.contains(":" + audience + "}"), module + " expects audience " + configured);
        }
        for (String clientId : List.of("psychograph-worker", "psychograph-cli", "psychograph-console")) {
            Map<String, JsonNode> mappers = new HashMap<>();
            client(clientId)
                    .path("protocolMappers")
                    .forEach(m -> mappers.put(m.path("protocolMapper").asText(), m.path("config")));
            assertEquals(
                    audience,
                    mappers.get("oidc-audience-mapper")
                            .path("included.custom.audience")
                            .asText(),
                    clientId);
            assertEquals(
                    "true",
                    mappers.get("oidc-audience-mapper")
                            .path("access.token.claim")
                            .asText(),
                    clientId);
            JsonNode workspaces = mappers.get("oidc-usermodel-attribute-mapper");
            assertEquals("workspaces", workspaces.path("user.attribute").asText(), clientId);
            assertEquals("workspaces", workspaces.path("claim.name").asText(), clientId);
            assertEquals("true", workspaces.path("multivalued").asText(), clientId);
            assertEquals("true", workspaces.path("access.token.claim").asText(), clientId);
        }
        assertTrue(config("oidc-auth-server-url")
                .endsWith("/realms/" + realm.path("realm").asText()));
    }

    private static String readProperties(String module) {
        try {
            return Files.readString(ProjectFiles.module(module).resolve("src/main/resources/application.properties"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void assertUser(String username, String role, String workspaces) {
        JsonNode user = user(username);
        assertEquals("[\"" + role + "\"]", user.path("realmRoles").toString(), username);
        assertEquals(workspaces, user.path("attributes").path("workspaces").toString(), username);
        assertTrue(user.path("enabled").asBoolean(), username);
    }

    private static JsonNode user(String username) {
        for (JsonNode user : realm.path("users")) {
            if (user.path("username").asText().equals(username)) {
                return user;
            }
        }
        throw new AssertionError("no user " + username);
    }

    private static JsonNode client(String clientId) {
        for (JsonNode client : realm.path("clients")) {
            if (client.path("clientId").asText().equals(clientId)) {
                return client;
            }
        }
        throw new AssertionError("no client " + clientId);
    }

    private static String config(String key) {
        return dev.stream()
                .filter(o -> o.kind().equals("ConfigMap") && o.name().startsWith("psychograph-config"))
                .findFirst()
                .orElseThrow()
                .body()
                .path("data")
                .path(key)
                .asText();
    }
}
