package org.psychograph.segmentation.client;

import io.smallrye.graphql.client.GraphQLError;
import io.smallrye.graphql.client.Response;
import io.smallrye.graphql.client.dynamic.api.DynamicGraphQLClient;
import io.smallrye.graphql.client.vertx.dynamic.VertxDynamicGraphQLClientBuilder;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.psychograph.segmentation.config.PersonaClientConfig;

/**
 * Tells persona-service that a run succeeded, by its {@code generatePersonas(runId)} mutation (idempotent
 * per run and rule-pack version), with the service account's token. A dynamic client: the relay needs only
 * success or failure, not persona-service's result type. Not retried here: the outbox relay retries with
 * backoff, and an undelivered event simply waits.
 */
@ApplicationScoped
public class PersonaNotifier {

    static final String MUTATION =
            "mutation generatePersonas($runId: String!) { generatePersonas(runId: $runId) { __typename } }";

    private final Optional<String> url;
    private final ServiceAccountTokens tokens;

    public PersonaNotifier(PersonaClientConfig config, ServiceAccountTokens tokens) {
        this.url = config.url();
        this.tokens = tokens;
    }

    public boolean configured() {
        return url.isPresent();
    }

    /**
     * @throws PersonaRefusal persona-service answered with an error (it is healthy: the breaker ignores it)
     */
    @Timeout(15_000)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.75, delay = 15_000, skipOn = PersonaRefusal.class)
    public void runSucceeded(String runId) throws Exception {
        DynamicGraphQLClient client = new VertxDynamicGraphQLClientBuilder()
                .url(url.orElseThrow())
                .header("Authorization", "Bearer " + tokens.accessToken())
                .build();
        try {
            Response response = client.executeSync(MUTATION, Map.of("runId", runId));
            if (response.hasError()) {
                GraphQLError first = response.getErrors().get(0);
                Object code = first.getExtensions() == null
                        ? null
                        : first.getExtensions().get("code");
                throw new PersonaRefusal(code == null ? null : code.toString(), first.getMessage());
            }
        } finally {
            client.close();
        }
    }
}
