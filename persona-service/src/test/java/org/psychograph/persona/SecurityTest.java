package org.psychograph.persona;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.psychograph.persona.Personas.assertCode;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.psychograph.testing.GraphQLTestClient;
import org.psychograph.testing.PostgresTestResource;
import org.psychograph.testing.TestTokens;

/** Tokens, roles and workspaces on every operation family. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(SegmentationStubResource.class)
class SecurityTest {

    static final String RUN = "run-mcd-4~security";
    final String analyst = Personas.analyst("security");
    final String viewer = Personas.viewer("security");
    final String outsider = TestTokens.analyst("globex");
    String personaId;

    @BeforeEach
    void personas() {
        personaId = (String) Personas.generate(analyst, RUN).get(0).get("id");
    }

    @Test
    void noTokenIsRejectedWith401() {
        given().contentType(ContentType.JSON)
                .body(Map.of("query", "{ rulePacks { key } }"))
                .when()
                .post("/graphql")
                .then()
                .statusCode(401);
        given().when().get("/personas/{id}/export", personaId).then().statusCode(401);
    }

    @Test
    void forgedTokenIsRejectedWith401() {
        String forged = analyst.substring(0, analyst.lastIndexOf('.') + 1) + "c2lnbmF0dXJl";
        given().contentType(ContentType.JSON)
                .header("Authorization", "Bearer " + forged)
                .body(Map.of("query", "{ rulePacks { key } }"))
                .when()
                .post("/graphql")
                .then()
                .statusCode(401);
    }

    @Test
    void viewerReadsButCannotWrite() {
        GraphQLTestClient client = GraphQLTestClient.as(viewer);
        assertEquals(personaId, client.runOk("persona", Map.of("id", personaId)).getString("data.persona.id"));
        assertEquals(
                4,
                client.runOk("personas", Map.of("runId", RUN))
                        .getList("data.personas")
                        .size());
        client.runOk("exportPersona", Map.of("id", personaId, "format", "MARKDOWN"));
        assertCode("FORBIDDEN", client.run("generatePersonas", Map.of("runId", RUN)));
        assertCode("FORBIDDEN", client.run("updatePersona", Map.of("id", personaId, "patch", Map.of("name", "x"))));
        assertCode("FORBIDDEN", client.run("publishPersona", Map.of("id", personaId)));
        assertCode("FORBIDDEN", client.run("uploadRulePack", Map.of("yaml", "name: x")));
        assertCode(
                "FORBIDDEN",
                client.run("recordCampaignResult", Map.of("input", CampaignTest.result(personaId, "c", 10, 1, 1, 1))));
    }

    @Test
    void tokenWithoutRolesCannotRead() {
        String noRole = TestTokens.token("nobody", Set.of(), List.of(SegmentationStubResource.workspace("security")));
        assertCode("FORBIDDEN", GraphQLTestClient.as(noRole).run("persona", Map.of("id", personaId)));
    }

    @Test
    void anotherWorkspaceSeesNothing() {
        GraphQLTestClient client = GraphQLTestClient.as(outsider);
        assertCode("NOT_FOUND", client.run("persona", Map.of("id", personaId)));
        assertCode("NOT_FOUND", client.run("personaVersions", Map.of("id", personaId)));
        assertCode("NOT_FOUND", client.run("personaDiff", Map.of("id", personaId, "from", 1, "to", 1)));
        assertCode("NOT_FOUND", client.run("exportPersona", Map.of("id", personaId, "format", "HTML")));
        assertCode("NOT_FOUND", client.run("updatePersona", Map.of("id", personaId, "patch", Map.of("name", "mine"))));
        assertCode("NOT_FOUND", client.run("publishPersona", Map.of("id", personaId)));
        assertCode("NOT_FOUND", client.run("generatePersonas", Map.of("runId", RUN)));
        assertEquals(
                0,
                client.runOk("personas", Map.of("runId", RUN))
                        .getList("data.personas")
                        .size());
        assertCode("NOT_FOUND", client.run("persona", Map.of("id", "not-a-uuid")));
        // and the persona is untouched
        assertEquals(
                1,
                GraphQLTestClient.as(analyst)
                        .runOk("persona", Map.of("id", personaId))
                        .getInt("data.persona.version"));
    }
}
