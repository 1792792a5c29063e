package org.psychograph.gateway;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/** Starts the three stub services for one test application and points the gateway's clients at them. */
public class DownstreamStubs implements QuarkusTestResourceLifecycleManager {

    private List<StubService> services = List.of();

    @Override
    public Map<String, String> start() {
        StubService survey = new StubService(StubWorld.survey());
        StubService segmentation = new StubService(StubWorld.segmentation());
        StubService persona = new StubService(StubWorld.persona());
        services = List.of(survey, segmentation, persona);
        try {
            return Map.of(
                    "quarkus.smallrye-graphql-client.survey.url", survey.start(),
                    "quarkus.smallrye-graphql-client.segmentation.url", segmentation.start(),
                    "quarkus.smallrye-graphql-client.persona.url", persona.start());
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the stub services", e);
        }
    }

    @Override
    public void stop() {
        services.forEach(StubService::stop);
    }
}
