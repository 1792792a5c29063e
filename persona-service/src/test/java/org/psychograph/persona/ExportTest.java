package org.psychograph.persona;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.psychograph.testing.GraphQLTestClient;
import org.psychograph.testing.PostgresTestResource;
import org.psychograph.testing.TestTokens;

/** Markdown, JSON and the HTML card, over GraphQL and as a REST download. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(SegmentationStubResource.class)
class ExportTest {

    final String analyst = Personas.analyst("export");
    Map<String, Object> persona;

    @BeforeEach
    void personas() {
        persona = Personas.withArchetype(Personas.generate(analyst, "run-mcd-4~export"), "Budget-conscious");
    }

    @Test
    void htmlCardIsValidSelfContainedHtmlWithTheAvatarAndTheProfileChart() throws Exception {
        Map<String, Object> export = GraphQLTestClient.as(analyst)
                .runOk("exportPersona", Map.of("id", persona.get("id"), "format", "HTML"))
                .getMap("data.exportPersona");
        assertEquals("text/html; charset=UTF-8", export.get("contentType"));
        String html = (String) export.get("content");
        // kept for a person to look at: target/persona-card-example.html
        Files.writeString(Path.of("target", "persona-card-example.html"), html);

        Parser parser = Parser.htmlParser().setTrackErrors(50);
        Document doc = Jsoup.parse(html, "", parser);
        assertEquals(
                List.of(), parser.getErrors().stream().map(Object::toString).toList(), "HTML parse errors");
        assertEquals("html", doc.documentType().name());
        assertEquals(persona.get("name"), doc.selectFirst("h1").text());
        assertEquals(1, doc.select("svg.avatar").size(), "the avatar is inline");
        assertEquals(1, doc.select("svg.profile-chart").size(), "the profile chart is inline");
        assertEquals(11, doc.select("svg.profile-chart rect").size(), "one bar per basis variable");
        assertTrue(doc.select("[src], link[href], script").isEmpty(), "nothing is loaded from elsewhere");
        assertTrue(doc.text().contains("Budget-conscious"));
        assertTrue(doc.select("li").size() >= 10, "the statements are listed");
        assertFalse(html.contains("{p."), "no unrendered template expressions");
    }

    @Test
    void markdownAndJsonCarryTheEvidence() {
        GraphQLTestClient client = GraphQLTestClient.as(analyst);
        String markdown = client.runOk("exportPersona", Map.of("id", persona.get("id"), "format", "MARKDOWN"))
                .getString("data.exportPersona.content");
        assertTrue(markdown.startsWith("# " + persona.get("name") + "\n"), markdown);
        assertTrue(markdown.contains("## Channels and media"), markdown);
        assertTrue(markdown.contains("evidence: `expensive`"), markdown);
        // the McDonald's survey measures attitudes only: the card says why values and personality are empty
        assertTrue(markdown.contains("## Not on this card"), markdown);
        assertTrue(markdown.contains("- Values: the survey has no values questions"), markdown);

        String json = client.runOk("exportPersona", Map.of("id", persona.get("id"), "format", "JSON"))
                .getString("data.exportPersona.content");
        JsonPath parsed = JsonPath.from(json);
        assertEquals(persona.get("name"), parsed.getString("name"));
        assertFalse(parsed.getList("evidence").isEmpty());
    }

    @Test
    void restDownloadGivesTheFileAsAnAttachment() {
        given().header("Authorization", TestTokens.bearer(analyst))
                .when()
                .get("/personas/{id}/export?format=html", persona.get("id"))
                .then()
                .statusCode(200)
                .contentType(startsWith("text/html"))
                .header("Content-Disposition", startsWith("attachment; filename=\"budget-"))
                .body(containsString("<svg"));
        given().header("Authorization", TestTokens.bearer(analyst))
                .when()
                .get("/personas/{id}/export?format=MARKDOWN", persona.get("id"))
                .then()
                .statusCode(200)
                .contentType(startsWith("text/markdown"));
        given().header("Authorization", TestTokens.bearer(analyst))
                .when()
                .get("/personas/{id}/export?format=pdf", persona.get("id"))
                .then()
                .statusCode(400)
                .body("code", equalTo("VALIDATION"))
                .body("field", equalTo("format"));
        given().when()
                .get("/personas/{id}/export?format=HTML", persona.get("id"))
                .then()
                .statusCode(401);
        given().header("Authorization", TestTokens.bearer(TestTokens.analyst("globex")))
                .when()
                .get("/personas/{id}/export", persona.get("id"))
                .then()
                .statusCode(404)
                .body("code", equalTo("NOT_FOUND"));
    }
}
