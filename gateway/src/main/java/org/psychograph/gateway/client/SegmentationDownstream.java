package org.psychograph.gateway.client;

import io.smallrye.faulttolerance.api.AsynchronousNonBlocking;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.eclipse.microprofile.faulttolerance.Bulkhead;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.BulkheadException;
import org.psychograph.gateway.error.GatewayException;
import org.psychograph.gateway.model.SegmentationTypes.AnswerValueInput;
import org.psychograph.gateway.model.SegmentationTypes.AssignmentConnection;
import org.psychograph.gateway.model.SegmentationTypes.Run;
import org.psychograph.gateway.model.SegmentationTypes.RunConnection;
import org.psychograph.gateway.model.SegmentationTypes.SegmentPlacement;
import org.psychograph.gateway.model.SegmentationTypes.SegmentationInput;

/** segmentation-service behind timeouts, retries (reads only), a circuit breaker, a bulkhead and a fallback. */
@ApplicationScoped
public class SegmentationDownstream {

    static final String SERVICE = "segmentation-service";

    private final SegmentationClient client;
    private final SelectedFieldsReader reader;

    SegmentationDownstream(SegmentationClient client, SelectedFieldsReader reader) {
        this.client = client;
        this.reader = reader;
    }

    public Uni<Run> run(String id, Selection fields) {
        return readAsync(reader.read(SERVICE, SelectiveRead.RUN, Map.of("id", id), fields, 0));
    }

    public Uni<RunConnection> runs(String surveyId, Integer first, String after, Selection fields) {
        return readAsync(reader.read(SERVICE, SelectiveRead.RUNS,
                SelectedFieldsReader.variables("surveyId", surveyId, "first", first, "after", after), fields, 0));
    }

    /** Runs by id in the order asked, null where the caller may not see one. */
    public Uni<List<Run>> runsByIds(List<String> ids, Selection fields) {
        return readAsync(reader.read(SERVICE, SelectiveRead.RUNS_BY_IDS, Map.of("ids", ids), fields, 1));
    }

    /** One list of runs per survey id, in the order asked. */
    public Uni<List<List<Run>>> runsOfSurveys(List<String> surveyIds, Selection fields) {
        return readAsync(reader.read(SERVICE, SelectiveRead.RUNS_OF_SURVEYS, Map.of("surveyIds", surveyIds),
                fields, 2));
    }

    public AssignmentConnection assignments(String runId, Integer first, String after) {
        return read(() -> client.assignments(runId, first, after));
    }

    public Run startSegmentation(SegmentationInput input) {
        return write(() -> client.startSegmentation(input));
    }

    public Run cancelRun(String id) {
        return write(() -> client.cancelRun(id));
    }

    public Run chooseK(String runId, Integer k) {
        return write(() -> client.chooseK(runId, k));
    }

    public SegmentPlacement assignSegment(String runId, List<AnswerValueInput> answers) {
        // a read in effect, but a mutation downstream: not retried, like every mutation
        return write(() -> client.assignSegment(runId, answers));
    }

    // Reads and writes each share one circuit breaker per service: a service that is down is down for every
    // operation. Reads are retried (idempotent); writes never are, a retried mutation could apply twice.
    // Answers (GatewayException: NOT_FOUND, VALIDATION...) are passed through untouched. Only the service's own
    // faults count against the breaker: neither answers nor bulkhead rejections (the bulkhead sits inside the
    // breaker, so without skipOn one caller's burst of requests would open the breaker for every caller).
    // The block is repeated in each *Downstream on purpose: SmallRye Fault Tolerance names settings after the class
    // declaring the method, so a shared superclass would merge the three services' override keys.

    @Timeout(3000)
    @Retry(maxRetries = 2, delay = 100, jitter = 50, maxDuration = 10000,
            abortOn = {GatewayException.class, BulkheadException.class})
    @CircuitBreaker(requestVolumeThreshold = 6, failureRatio = 0.5, delay = 5000,
            skipOn = {GatewayException.class, BulkheadException.class})
    @Bulkhead(64)
    @Fallback(fallbackMethod = "readUnavailable", skipOn = GatewayException.class)
    Object guardedRead(Supplier<?> call) {
        return DownstreamCall.run(SERVICE, call);
    }

    @Timeout(15000)
    @CircuitBreaker(requestVolumeThreshold = 6, failureRatio = 0.5, delay = 5000,
            skipOn = {GatewayException.class, BulkheadException.class})
    @Bulkhead(32)
    @Fallback(fallbackMethod = "writeUnavailable", skipOn = GatewayException.class)
    Object guardedWrite(Supplier<?> call) {
        return DownstreamCall.run(SERVICE, call);
    }

    Object readUnavailable(Supplier<?> call) {
        throw DownstreamCall.unavailable(SERVICE);
    }

    Object writeUnavailable(Supplier<?> call) {
        throw DownstreamCall.unavailable(SERVICE);
    }

    // The reads sent with the caller's selection (by id, pages, and the batches behind the cross-service fields)
    // run without blocking a thread: same policy as guardedRead (timeout, retries, breaker, bulkhead,
    // UNAVAILABLE fallback), with a breaker of its own.
    @AsynchronousNonBlocking
    @Timeout(3000)
    @Retry(maxRetries = 2, delay = 100, jitter = 50, maxDuration = 10000,
            abortOn = {GatewayException.class, BulkheadException.class})
    @CircuitBreaker(requestVolumeThreshold = 6, failureRatio = 0.5, delay = 5000,
            skipOn = {GatewayException.class, BulkheadException.class})
    @Bulkhead(64)
    @Fallback(fallbackMethod = "readUnavailableAsync", skipOn = GatewayException.class)
    Uni<Object> guardedReadAsync(Supplier<? extends Uni<?>> call) {
        return DownstreamCall.runAsync(SERVICE, call);
    }

    Uni<Object> readUnavailableAsync(Supplier<? extends Uni<?>> call) {
        return Uni.createFrom().failure(DownstreamCall.unavailable(SERVICE));
    }

    @SuppressWarnings("unchecked")
    private <T> Uni<T> readAsync(Supplier<Uni<T>> call) {
        return (Uni<T>) guardedReadAsync(call);
    }

    // ArC intercepts self-invocation, so these go through the fault-tolerance methods above
    @SuppressWarnings("unchecked")
    private <T> T read(Supplier<T> call) {
        return (T) guardedRead(call);
    }

    @SuppressWarnings("unchecked")
    private <T> T write(Supplier<T> call) {
        return (T) guardedWrite(call);
    }
}
