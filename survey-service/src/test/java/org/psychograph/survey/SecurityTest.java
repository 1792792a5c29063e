package org.psychograph.survey;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
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
class SecurityTest {

    final String analyst = TestTokens.analyst("acme");
    final String viewer = TestTokens.viewer("acme");
    final String outsider = TestTokens.analyst("globex");
    String surveyId;

    @BeforeEach
    void survey() {
        surveyId = SurveyFixtures.openSurvey(analyst, "Acme brand tracker", List.of(BadImportTest.likert("q1")));
        GraphQLTestClient.as(analyst)
                .runOk(
                        "submitResponses",
                        Map.of(
                                "surveyId",
                                surveyId,
                                "responses",
                                List.of(Map.of(
                                        "respondentId",
                                        "r1",
                                        "answers",
                                        List.of(Map.of("questionCode", "q1", "value", "4"))))));
    }

    @Test
    void noTokenIsRejectedWith401() {
        given().contentType(ContentType.JSON)
                .body(Map.of("query", "{ surveys { totalCount } }"))
                .when()
                .post("/graphql")
                .then()
                .statusCode(401);
        given().contentType("text/csv")
                .body("respondent_id,q1\nx,1\n".getBytes())
                .when()
                .post("/surveys/{id}/imports", surveyId)
                .then()
                .statusCode(401);
    }

    @Test
    void forgedTokenIsRejectedWith401() {
        String forged = analyst.substring(0, analyst.lastIndexOf('.') + 1) + "c2lnbmF0dXJl";
        given().contentType(ContentType.JSON)
                .header("Authorization", "Bearer " + forged)
                .body(Map.of("query", "{ surveys { totalCount } }"))
                .when()
                .post("/graphql")
                .then()
                .statusCode(401);
    }

    @Test
    void viewerReadsButCannotWrite() {
        GraphQLTestClient client = GraphQLTestClient.as(viewer);
        assertEquals(
                "Acme brand tracker",
                client.runOk("survey", Map.of("id", surveyId)).getString("data.survey.title"));
        assertCode("FORBIDDEN", client.run("createSurvey", Map.of("input", Map.of("title", "x"))));
        assertCode("FORBIDDEN", client.run("closeSurvey", Map.of("id", surveyId)));
        assertCode(
                "FORBIDDEN",
                client.run(
                        "submitResponses",
                        Map.of(
                                "surveyId",
                                surveyId,
                                "responses",
                                List.of(Map.of("respondentId", "r2", "answers", List.of())))));
        assertCode(
                "FORBIDDEN",
                client.run("deleteResponses", Map.of("surveyId", surveyId, "respondentIds", List.of("r1"))));
        given().header("Authorization", TestTokens.bearer(viewer))
                .contentType("text/csv")
                .body("respondent_id,q1\nx,1\n".getBytes())
                .when()
                .post("/surveys/{id}/imports", surveyId)
                .then()
                .statusCode(403)
                .body("code", equalTo("FORBIDDEN"));
    }

    @Test
    void tokenWithoutRolesCannotRead() {
        String noRole = TestTokens.token("nobody", Set.of(), List.of("acme"));
        assertCode("FORBIDDEN", GraphQLTestClient.as(noRole).run("survey", Map.of("id", surveyId)));
    }

    @Test
    void anotherWorkspaceSeesNothing() {
        GraphQLTestClient client = GraphQLTestClient.as(outsider);
        assertCode("NOT_FOUND", client.run("survey", Map.of("id", surveyId)));
        assertCode("NOT_FOUND", client.run("updateSurvey", Map.of("id", surveyId, "input", Map.of("title", "mine"))));
        assertCode("NOT_FOUND", client.run("closeSurvey", Map.of("id", surveyId)));
        assertCode("NOT_FOUND", client.run("responses", Map.of("surveyId", surveyId)));
        assertCode("NOT_FOUND", client.run("responseMatrix", Map.of("surveyId", surveyId)));
        assertCode("NOT_FOUND", client.run("dataQuality", Map.of("surveyId", surveyId)));
        assertCode(
                "NOT_FOUND",
                client.run(
                        "submitResponses",
                        Map.of(
                                "surveyId",
                                surveyId,
                                "responses",
                                List.of(Map.of("respondentId", "r9", "answers", List.of())))));
        assertCode(
                "NOT_FOUND",
                client.run("deleteResponses", Map.of("surveyId", surveyId, "respondentIds", List.of("r1"))));
        assertEquals(0, client.runOk("surveys", Map.of()).getInt("data.surveys.totalCount"));
        assertEquals(
                java.util.Arrays.asList((Object) null),
                client.runOk("surveysByIds", Map.of("ids", List.of(surveyId))).getList("data.surveysByIds"));
        assertEquals(
                List.of("Acme brand tracker"),
                GraphQLTestClient.as(analyst)
                        .runOk("surveysByIds", Map.of("ids", List.of(surveyId)))
                        .getList("data.surveysByIds.title"));
        given().header("Authorization", TestTokens.bearer(outsider))
                .contentType("text/csv")
                .body("respondent_id,q1\nx,1\n".getBytes())
                .when()
                .post("/surveys/{id}/imports", surveyId)
                .then()
                .statusCode(404)
                .body("code", equalTo("NOT_FOUND"));
        // and the data is untouched
        assertEquals(
                1,
                GraphQLTestClient.as(analyst)
                        .runOk("responses", Map.of("surveyId", surveyId))
                        .getInt("data.responses.totalCount"));
    }

    @Test
    void creatingInAWorkspaceTheTokenDoesNotGrantIsForbidden() {
        assertCode(
                "FORBIDDEN",
                GraphQLTestClient.as(analyst)
                        .run("createSurvey", Map.of("input", Map.of("title", "x", "workspaceId", "globex"))));
    }

    static void assertCode(String code, JsonPath answer) {
        assertEquals(code, answer.getString("errors[0].extensions.code"), answer::prettify);
        assertNull(answer.getString("errors[0].extensions.exception.stackTrace"));
    }
}
