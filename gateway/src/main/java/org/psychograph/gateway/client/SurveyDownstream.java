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
import org.psychograph.gateway.model.SurveyTypes.CreateSurveyInput;
import org.psychograph.gateway.model.SurveyTypes.DataQualityReport;
import org.psychograph.gateway.model.SurveyTypes.QuestionInput;
import org.psychograph.gateway.model.SurveyTypes.ResponseConnection;
import org.psychograph.gateway.model.SurveyTypes.ResponseInput;
import org.psychograph.gateway.model.SurveyTypes.ResponseMatrix;
import org.psychograph.gateway.model.SurveyTypes.Survey;
import org.psychograph.gateway.model.SurveyTypes.SurveyConnection;
import org.psychograph.gateway.model.SurveyTypes.UpdateSurveyInput;

/** survey-service behind timeouts, retries (reads only), a circuit breaker, a bulkhead and a fallback. */
@ApplicationScoped
public class SurveyDownstream {

    static final String SERVICE = "survey-service";

    private final SurveyClient client;
    private final SelectedFieldsReader reader;

    SurveyDownstream(SurveyClient client, SelectedFieldsReader reader) {
        this.client = client;
        this.reader = reader;
    }

    public Uni<Survey> survey(String id, Selection fields) {
        return readAsync(reader.read(SERVICE, SelectiveRead.SURVEY, Map.of("id", id), fields, 0));
    }

    public Uni<SurveyConnection> surveys(Integer first, String after, Selection fields) {
        return readAsync(reader.read(SERVICE, SelectiveRead.SURVEYS,
                SelectedFieldsReader.variables("first", first, "after", after), fields, 0));
    }

    /** Surveys by id in the order asked, null where the caller may not see one. */
    public Uni<List<Survey>> surveysByIds(List<String> ids, Selection fields) {
        return readAsync(reader.read(SERVICE, SelectiveRead.SURVEYS_BY_IDS, Map.of("ids", ids), fields, 1));
    }

    public ResponseConnection responses(String surveyId, Integer first, String after) {
        return read(() -> client.responses(surveyId, first, after));
    }

    public ResponseMatrix responseMatrix(String surveyId, List<String> questionCodes, Integer first, String after) {
        return read(() -> client.responseMatrix(surveyId, questionCodes, first, after));
    }

    public DataQualityReport dataQuality(String surveyId) {
        return read(() -> client.dataQuality(surveyId));
    }

    public Survey createSurvey(CreateSurveyInput input) {
        return write(() -> client.createSurvey(input));
    }

    public Survey updateSurvey(String id, UpdateSurveyInput input) {
        return write(() -> client.updateSurvey(id, input));
    }

    public Survey addQuestions(String surveyId, List<QuestionInput> questions) {
        return write(() -> client.addQuestions(surveyId, questions));
    }

    public Survey openSurvey(String id) {
        return write(() -> client.openSurvey(id));
    }

    public Survey closeSurvey(String id) {
        return write(() -> client.closeSurvey(id));
    }

    public Integer submitResponses(String surveyId, List<ResponseInput> responses) {
        return write(() -> client.submitResponses(surveyId, responses));
    }

    public Integer deleteResponses(String surveyId, List<String> respondentIds) {
        return write(() -> client.deleteResponses(surveyId, respondentIds));
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
