package org.psychograph.persona.client;

import io.smallrye.graphql.client.GraphQLClientException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.temporal.ChronoUnit;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.jboss.logging.Logger;
import org.psychograph.persona.service.UnavailableException;

/**
 * The one door to segmentation-service: reads a run with the service account's token, with a timeout,
 * retries and a circuit breaker (all overridable, e.g.
 * {@code quarkus.fault-tolerance."org.psychograph.persona.client.SegmentationRuns/run".timeout.value}).
 */
@ApplicationScoped
public class SegmentationRuns {

    private static final Logger LOG = Logger.getLogger(SegmentationRuns.class);

    private final SegmentationClient client;
    private final ServiceAccountTokens tokens;

    SegmentationRuns(SegmentationClient client, ServiceAccountTokens tokens) {
        this.client = client;
        this.tokens = tokens;
    }

    /** The run, or null when segmentation-service does not know it. */
    @Timeout(value = 10, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 200, jitter = 100)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 10, delayUnit = ChronoUnit.SECONDS)
    public Uni<Run> run(String runId) {
        return tokens.getTokens()
                .chain(t -> client.run(runId, "Bearer " + t.getAccessToken()))
                .onFailure(e -> !(e instanceof UnavailableException)).transform(e -> {
                    LOG.warnf("segmentation-service did not answer run %s: %s", runId, e.toString());
                    return e instanceof GraphQLClientException
                            ? new UnavailableException("segmentation-service rejected the run query: " + e.getMessage())
                            : new UnavailableException("segmentation-service is unavailable: " + e.getMessage());
                });
    }
}
