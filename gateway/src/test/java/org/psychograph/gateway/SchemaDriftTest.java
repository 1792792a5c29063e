package org.psychograph.gateway;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.psychograph.testing.ProjectFiles;
import org.psychograph.testing.TestTokens;

/**
 * The composed schema the code generates must equal the committed graphql/gateway.graphql, so every change
 * is reviewed. To accept a change: run with -Dpsychograph.schema.update=true and commit the file.
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(DownstreamStubs.class)
class SchemaDriftTest {

    @Test
    void generatedSchemaMatchesTheCommittedOne() throws Exception {
        String generated = schema();
        Path committed = ProjectFiles.projectRoot().resolve("graphql/gateway.graphql");
        if (Boolean.getBoolean("psychograph.schema.update")) {
            Files.createDirectories(committed.getParent());
            Files.writeString(committed, generated);
        }
        assertEquals(
                Files.exists(committed) ? Files.readString(committed) : "(missing " + committed + ")",
                generated,
                "the GraphQL schema changed: review it, then run with -Dpsychograph.schema.update=true");
    }

    /** A failing service must null only its own root field, never the whole answer. */
    @Test
    void everyRootFieldIsNullable() {
        String schema = schema();
        for (String root : List.of("Query", "Mutation")) {
            Matcher block = Pattern.compile("type " + root + " \\{(.*?)\\n}", Pattern.DOTALL)
                    .matcher(schema);
            assertTrue(block.find(), root);
            List<String> nonNull = block.group(1)
                    .lines()
                    .map(String::strip)
                    .filter(line -> !line.startsWith("\"") && line.endsWith("!"))
                    .toList();
            assertEquals(List.of(), nonNull, root + " fields that a failing service would null the answer with");
        }
    }

    private static String schema() {
        return given().header("Authorization", TestTokens.bearer(TestTokens.viewer("any")))
                .when()
                .get("/graphql/schema.graphql")
                .then()
                .statusCode(200)
                .extract()
                .asString();
    }
}
