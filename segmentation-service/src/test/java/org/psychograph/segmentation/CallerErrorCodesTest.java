package org.psychograph.segmentation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.psychograph.segmentation.stub.SuiteStubResource;
import org.psychograph.testing.GraphQLTestClient;
import org.psychograph.testing.PostgresTestResource;

/** graphql-java's own refusals carry the suite's code for a caller that reaches segmentation-service directly. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(SuiteStubResource.class)
class CallerErrorCodesTest {

    @Test
    void anIntGivenAsAFloatOrAsTextIsValidationInPlainWords() {
        for (Object first : new Object[] {1e10, "ten"}) {
            JsonPath answer = GraphQLTestClient.as(RunFixtures.ANALYST)
                    .run(
                            "assignmentsFloatFirst",
                            Map.of("runId", "00000000-0000-0000-0000-000000000000", "first", first));
            assertEquals("VALIDATION", answer.getString("errors[0].extensions.code"), answer.prettify());
            assertFalse(answer.getString("errors[0].message").contains("System error"), answer.prettify());
        }
    }
}
