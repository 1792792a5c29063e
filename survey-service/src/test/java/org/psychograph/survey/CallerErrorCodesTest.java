package org.psychograph.survey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.psychograph.testing.GraphQLTestClient;
import org.psychograph.testing.PostgresTestResource;
import org.psychograph.testing.TestTokens;

/** graphql-java's own refusals carry the suite's code for a caller that reaches survey-service directly. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcWiremockTestResource.class)
class CallerErrorCodesTest {

    @Test
    void aFieldTheSchemaLacksIsValidation() {
        JsonPath answer = GraphQLTestClient.as(TestTokens.viewer("acme")).run("unknownField");
        assertEquals("VALIDATION", answer.getString("errors[0].extensions.code"), answer.prettify());
        assertTrue(answer.getString("errors[0].message").contains("nope"), answer.prettify());
    }
}
