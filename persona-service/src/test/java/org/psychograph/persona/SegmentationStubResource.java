package org.psychograph.persona;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

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
 * (src/test/resources/segmentation/&lt;runId&gt;.json), and only when the call carries a bearer token and
 * declares {@code $id: ID!} as the real server requires. Unknown runs answer {@code run: null}.
 */
public class SegmentationStubResource implements QuarkusTestResourceLifecycleManager {

    static final List<String> RUNS = List.of("run-mcd-4", "run-mcd-4-wave2", "run-lifestyle", "run-running");
    /** A run id whose request fails on the server: for the UNAVAILABLE path. */
    static final String BROKEN_RUN = "run-broken";

    private WireMockServer server;

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        server.start();
        server.stubFor(post(urlEqualTo("/graphql")).atPriority(10)
                .willReturn(json("{\"data\":{\"run\":null}}")));
        server.stubFor(post(urlEqualTo("/graphql")).atPriority(1)
                .withRequestBody(matchingJsonPath("$.variables.id", equalTo(BROKEN_RUN)))
                .willReturn(aResponse().withStatus(500).withBody("boom")));
        for (String run : RUNS) {
            server.stubFor(post(urlEqualTo("/graphql")).atPriority(1)
                    .withHeader("Authorization", matching("Bearer .+"))
                    .withRequestBody(matchingJsonPath("$.variables.id", equalTo(run)))
                    .withRequestBody(containing("$id: ID!"))
                    .willReturn(json(fixture(run))));
        }
        return Map.of("quarkus.smallrye-graphql-client.segmentation.url", server.baseUrl() + "/graphql");
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(String body) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body);
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
