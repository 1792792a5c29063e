package org.psychograph.segmentation;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.psychograph.testing.PostgresTestResource;
import org.psychograph.testing.ProjectFiles;
import org.psychograph.testing.TestTokens;

/**
 * The schema the code generates must equal the committed graphql/segmentation.graphql, so every schema
 * change is reviewed. To accept a change: run with -Dpsychograph.schema.update=true and commit the file.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(org.psychograph.segmentation.stub.SuiteStubResource.class)
class SchemaDriftTest {

    @Test
    void generatedSchemaMatchesTheCommittedOne() throws Exception {
        String generated = given().header("Authorization", TestTokens.bearer(TestTokens.viewer("any")))
                .when()
                .get("/graphql/schema.graphql")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        Path committed = ProjectFiles.projectRoot().resolve("graphql/segmentation.graphql");
        if (Boolean.getBoolean("psychograph.schema.update")) {
            Files.createDirectories(committed.getParent());
            Files.writeString(committed, generated);
        }
        assertEquals(
                Files.exists(committed) ? Files.readString(committed) : "(missing " + committed + ")",
                generated,
                "the GraphQL schema changed: review it, then run with -Dpsychograph.schema.update=true");
    }
}
