package org.psychograph.persona;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * segmentation-service at the edge: a WireMock server answering the run query with recorded fixtures
 * (src/test/resources/segmentation/&lt;fixture&gt;.json), and only when the call carries a bearer token and
 * declares {@code $id: ID!} as the real server requires. Unknown runs answer {@code run: null}.
 *
 * <p>Test classes share one application and database, so each works on its own copy of the fixtures:
 * run {@code <fixture>~<tag>} is the fixture moved to workspace {@code acme-<tag>} and survey
 * {@code <survey>~<tag>}; the untagged run is in workspace {@code acme}.
 */
public class SegmentationStubResource implements QuarkusTestResourceLifecycleManager {

    static final List<String> FIXTURES =
            List.of("run-mcd-4", "run-mcd-4-wave2", "run-lifestyle", "run-running", "run-lone-buyer");
    static final List<String> TAGS =
            List.of("", "edit", "export", "pack", "campaign", "security", "meaning", "archetype-edit");
    private static final ObjectMapper JSON = new ObjectMapper();
    /** A run id whose request fails on the server: for the UNAVAILABLE path. */
    static final String BROKEN_RUN = "run-broken";
    /** Run ids segmentation-service refuses as malformed (VALIDATION), as it does for an id that is no UUID. */
    static final String REFUSED_PREFIX = "refused-";

    /** The fixture that is a later wave (a linked survey with its own id) of run-mcd-4's survey. */
    static final String WAVE_TWO = "run-mcd-4-wave2";

    private WireMockServer server;

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        server.start();
        server.stubFor(post(urlEqualTo("/graphql")).atPriority(10).willReturn(json("{\"data\":{\"run\":null}}")));
        server.stubFor(post(urlEqualTo("/graphql"))
                .atPriority(1)
                .withRequestBody(matchingJsonPath("$.variables.id", equalTo(BROKEN_RUN)))
                .willReturn(aResponse().withStatus(500).withBody("boom")));
        server.stubFor(post(urlEqualTo("/graphql"))
                .atPriority(2)
                .withRequestBody(matchingJsonPath("$.variables.id", matching(REFUSED_PREFIX + ".*")))
                .willReturn(json("{\"data\":{\"run\":null},\"errors\":[{\"message\":\"not a run id\","
                        + "\"extensions\":{\"code\":\"VALIDATION\",\"field\":\"id\"}}]}")));
        for (String fixture : FIXTURES) {
            for (String tag : TAGS) {
                String run = runId(fixture, tag);
                server.stubFor(post(urlEqualTo("/graphql"))
                        .atPriority(1)
                        .withHeader("Authorization", matching("Bearer .+"))
                        .withRequestBody(matchingJsonPath("$.variables.id", equalTo(run)))
                        .withRequestBody(containing("$id: ID!"))
                        .willReturn(json(fixture(fixture, tag))));
            }
        }
        return Map.of("quarkus.smallrye-graphql-client.segmentation.url", server.baseUrl() + "/graphql");
    }

    @Override
    public void inject(TestInjector injector) {
        injector.injectIntoFields(
                server, new TestInjector.AnnotatedAndMatchesType(InjectSegmentationStub.class, WireMockServer.class));
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(String body) {
        return aResponse()
                .withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody(body);
    }

    static String runId(String fixture, String tag) {
        return tag.isEmpty() ? fixture : fixture + "~" + tag;
    }

    static String workspace(String tag) {
        return tag.isEmpty() ? "acme" : "acme-" + tag;
    }

    private static String fixture(String fixture, String tag) {
        try {
            JsonNode answer = JSON.readTree(fixture(fixture));
            ObjectNode run = (ObjectNode) answer.path("data").path("run");
            String id = runId(fixture, tag);
            run.put("id", id);
            run.put("workspaceId", workspace(tag));
            String survey = run.path("surveyId").asText() + (tag.isEmpty() ? "" : "~" + tag);
            if (WAVE_TWO.equals(fixture)) {
                // fielded as the second wave of the first run's survey: a survey of its own in that survey's tracker
                run.put("trackerId", survey);
                survey = survey + "-wave2";
            }
            run.put("surveyId", survey);
            for (JsonNode segment : run.withArray("segments")) {
                ((ObjectNode) segment)
                        .put("id", id + "-seg-" + segment.path("number").asInt());
            }
            return JSON.writeValueAsString(answer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String fixture(String run) {
        String path = "segmentation/" + run + ".json";
        try (InputStream in = SegmentationStubResource.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing fixture " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
