package org.psychograph.persona;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.psychograph.persona.Personas.assertCode;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.psychograph.testing.GraphQLTestClient;
import org.psychograph.testing.PostgresTestResource;

/** Uploading, checking and using a workspace's own rule pack. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(SegmentationStubResource.class)
class RulePackTest {

    final String admin = Personas.admin("pack");
    final String analyst = Personas.analyst("pack");

    @Test
    void aMalformedPackIsRejectedWithLineAndReason() {
        JsonPath answer = GraphQLTestClient.as(admin).run("uploadRulePack", Map.of("yaml", read("bad-direction.yaml")));
        assertCode("VALIDATION", answer);
        assertEquals("yaml", answer.getString("errors[0].extensions.field"));
        String message = answer.getString("errors[0].message");
        assertTrue(message.contains("line 14 (archetypes[0].when.any[0].direction)"), message);
        assertTrue(message.contains("SIDEWAYS"), message);

        List<Map<String, Object>> problems = GraphQLTestClient.as(analyst)
                .runOk("checkRulePack", Map.of("yaml", read("bad-semantics.yaml")))
                .getList("data.checkRulePack");
        assertEquals(
                List.of(6, 14, 16, 19),
                problems.stream().map(p -> p.get("line")).toList());
        assertEquals(
                List.of(),
                GraphQLTestClient.as(analyst)
                        .runOk("checkRulePack", Map.of("yaml", read("acme-fastfood.yaml")))
                        .getList("data.checkRulePack"));
    }

    @Test
    void onlyAnAdminUploadsAndTheNameDefaultIsReserved() {
        assertCode(
                "FORBIDDEN",
                GraphQLTestClient.as(analyst).run("uploadRulePack", Map.of("yaml", read("acme-fastfood.yaml"))));
        assertCode(
                "VALIDATION",
                GraphQLTestClient.as(admin)
                        .run(
                                "uploadRulePack",
                                Map.of(
                                        "yaml",
                                        read("acme-fastfood.yaml").replace("name: acme-fastfood", "name: default"))));
    }

    @Test
    @SuppressWarnings("unchecked")
    void aNewPackVersionRegeneratesThePersonasWithItsPhrases() {
        List<Map<String, Object>> before = Personas.generate(analyst, "run-mcd-4~pack");
        before.forEach(p -> assertEquals("default@1", p.get("rulePack")));

        Map<String, Object> uploaded = GraphQLTestClient.as(admin)
                .runOk("uploadRulePack", Map.of("yaml", read("acme-fastfood.yaml")))
                .getMap("data.uploadRulePack");
        String key = (String) uploaded.get("key");
        assertTrue(key.startsWith("acme-fastfood@"), key);
        assertEquals("acme-pack", uploaded.get("workspaceId"));
        List<Map<String, Object>> packs =
                GraphQLTestClient.as(analyst).runOk("rulePacks", Map.of()).getList("data.rulePacks");
        assertEquals("default@1", packs.get(0).get("key"));
        assertTrue(packs.stream().anyMatch(p -> key.equals(p.get("key"))));

        List<Map<String, Object>> after = Personas.generate(analyst, "run-mcd-4~pack");
        assertEquals(
                before.stream().map(p -> p.get("id")).toList(),
                after.stream().map(p -> p.get("id")).toList(),
                "the same personas, in a new version");
        after.forEach(p -> assertEquals(key, p.get("rulePack")));
        after.forEach(p -> assertEquals((Integer) before.get(0).get("version") + 1, p.get("version")));
        Map<String, Object> wellness = Personas.withArchetype(after, "Wellness guest");
        assertEquals(
                "Would come more often for lighter food", ((Map<String, Object>) wellness.get("tagline")).get("text"));
        String healthy = (String)
                ((List<Map<String, Object>>) wellness.get("attitudes")).get(0).get("text");
        assertTrue(healthy.startsWith("Sees our food as a healthy option (100% vs"), healthy);
        assertTrue(after.stream().noneMatch(p -> ((String) p.get("name")).contains(" ")), "PLAIN names");

        // idempotent per run and pack version
        List<Map<String, Object>> again = Personas.generate(analyst, "run-mcd-4~pack");
        assertEquals(
                after.stream().map(p -> p.get("version")).toList(),
                again.stream().map(p -> p.get("version")).toList());
    }

    static String read(String name) {
        try (InputStream in = RulePackTest.class.getClassLoader().getResourceAsStream("rulepacks/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
