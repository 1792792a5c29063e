package org.psychograph.segmentation.stub;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/** Points the service's clients at the {@link SuiteStub} and gives background work a known token. */
public class SuiteStubResource implements QuarkusTestResourceLifecycleManager {

    public static final String SERVICE_TOKEN = "service-account-test-token";

    @Override
    public Map<String, String> start() {
        SuiteStub stub = SuiteStub.get();
        return Map.of(
                "quarkus.smallrye-graphql-client.survey.url", stub.url("survey"),
                "quarkus.smallrye-graphql-client.persona.url", stub.url("persona"),
                "psychograph.service-token", SERVICE_TOKEN);
    }

    @Override
    public void stop() {
        // one stub per test JVM, shared by the test classes
    }
}
