package org.psychograph.persona;

import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.psychograph.testing.PostgresTestResource;
import org.psychograph.testing.ProjectFiles;

/**
 * The typed client asks segmentation-service for exactly the fields of the consumer contract
 * (docs/contracts/segmentation-for-personas.graphql), with a bearer token and {@code $id: ID!}.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(SegmentationStubResource.class)
class SegmentationContractTest {

    @InjectSegmentationStub
    WireMockServer segmentation;

    @Test
    void theClientSendsTheContractQueryWithTheServiceAccountToken() throws Exception {
        Personas.generate(Personas.analyst(""), "run-lifestyle");
        List<LoggedRequest> requests = segmentation.findAll(postRequestedFor(urlEqualTo("/graphql"))
                .withRequestBody(matchingJsonPath(
                        "$.variables.id", com.github.tomakehurst.wiremock.client.WireMock.equalTo("run-lifestyle"))));
        assertFalse(requests.isEmpty());
        LoggedRequest request = requests.get(0);
        assertTrue(request.getHeader("Authorization").startsWith("Bearer "), "service-account token");
        String query = JsonPath.from(request.getBodyAsString()).getString("query");
        assertTrue(query.contains("$id: ID!"), query);

        String contract = Files.readString(
                ProjectFiles.projectRoot().resolve("docs/contracts/segmentation-for-personas.graphql"));
        String documented = Arrays.stream(contract.split("\n"))
                .filter(l -> l.startsWith("#   "))
                .map(l -> l.substring(1))
                .collect(Collectors.joining("\n"));
        Set<String> ignored = Set.of("query", "runForPersonas", "ID");
        assertEquals(fields(documented, ignored), fields(query, ignored), "fields asked for: " + query);
    }

    private static Set<String> fields(String document, Set<String> ignored) {
        Set<String> out = new TreeSet<>();
        Matcher m = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*").matcher(document.replaceAll("\\$[A-Za-z]+", ""));
        while (m.find()) {
            if (!ignored.contains(m.group())) {
                out.add(m.group());
            }
        }
        return out;
    }
}
