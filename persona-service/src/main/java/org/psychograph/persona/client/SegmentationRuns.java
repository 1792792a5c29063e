package org.psychograph.persona.client;

import io.smallrye.graphql.client.GraphQLClientException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.jboss.logging.Logger;
import org.psychograph.persona.error.UnavailableException;

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

    /**
     * The run, or null when segmentation-service does not know it or refuses the id (NOT_FOUND, VALIDATION): an
     * answer about the id, never a fault of segmentation-service, so it is neither retried nor counted by the
     * breaker, and a caller's bad id cannot open the breaker for everyone.
     */
    @Timeout(value = 10, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 200, jitter = 100)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 10, delayUnit = ChronoUnit.SECONDS)
    public Uni<Run> run(String runId) {
        return tokens.getTokens()
                .chain(t -> client.run(runId, "Bearer " + t.getAccessToken()))
                .onFailure(SegmentationRuns::refusesTheId)
                .recoverWithNull()
                .onFailure(e -> !(e instanceof UnavailableException))
                .transform(e -> {
                    LOG.warnf("segmentation-service did not answer run %s: %s", runId, e.toString());
                    return e instanceof GraphQLClientException
                            ? new UnavailableException("segmentation-service rejected the run query")
                            : new UnavailableException("segmentation-service is unavailable");
                });
    }

    private static boolean refusesTheId(Throwable e) {
        return e instanceof GraphQLClientException answered
                && answered.getErrors() != null
                && answered.getErrors().stream()
                        .anyMatch(error -> Set.of("NOT_FOUND", "VALIDATION").contains(String.valueOf(error.getCode())));
    }
}
