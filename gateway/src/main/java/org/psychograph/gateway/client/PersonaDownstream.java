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
import org.psychograph.gateway.model.Persona;
import org.psychograph.gateway.model.PersonaInputs.CampaignResultInput;
import org.psychograph.gateway.model.PersonaInputs.PersonaPatch;
import org.psychograph.gateway.model.PersonaTypes.CampaignPerformance;
import org.psychograph.gateway.model.PersonaTypes.CampaignResult;
import org.psychograph.gateway.model.PersonaTypes.Concept;
import org.psychograph.gateway.model.PersonaTypes.Direction;
import org.psychograph.gateway.model.PersonaTypes.ExportFormat;
import org.psychograph.gateway.model.PersonaTypes.QuestionMeaning;
import org.psychograph.gateway.model.PersonaTypes.PersonaDiff;
import org.psychograph.gateway.model.PersonaTypes.PersonaExport;
import org.psychograph.gateway.model.PersonaTypes.PersonaVersion;
import org.psychograph.gateway.model.PersonaTypes.RulePack;
import org.psychograph.gateway.model.PersonaTypes.RulePackProblem;

/**
 * persona-service behind timeouts, retries (reads only), a circuit breaker, a bulkhead and a fallback. The
 * only place (with {@link PersonaClient}) that knows persona-service's operations.
 */
@ApplicationScoped
public class PersonaDownstream {

    static final String SERVICE = "persona-service";

    private final PersonaClient client;
    private final SelectedFieldsReader reader;

    PersonaDownstream(PersonaClient client, SelectedFieldsReader reader) {
        this.client = client;
        this.reader = reader;
    }

    public Uni<List<Persona>> personas(String runId, Selection fields) {
        return readAsync(reader.read(SERVICE, SelectiveRead.PERSONAS, Map.of("runId", runId), fields, 1));
    }

    /** One list of personas per run id, in the order asked. */
    public Uni<List<List<Persona>>> personasOfRuns(List<String> runIds, Selection fields) {
        return readAsync(reader.read(SERVICE, SelectiveRead.PERSONAS_OF_RUNS, Map.of("runIds", runIds),
                fields, 2));
    }

    public Uni<Persona> persona(String id, Selection fields) {
        return readAsync(reader.read(SERVICE, SelectiveRead.PERSONA, Map.of("id", id), fields, 0));
    }

    public List<PersonaVersion> personaVersions(String id) {
        return read(() -> client.personaVersions(id));
    }

    public PersonaDiff personaDiff(String id, Integer from, Integer to) {
        return read(() -> client.personaDiff(id, from, to));
    }

    public PersonaExport exportPersona(String id, ExportFormat format) {
        return read(() -> client.exportPersona(id, format));
    }

    public List<RulePack> rulePacks() {
        return read(client::rulePacks);
    }

    public List<RulePackProblem> checkRulePack(String yaml) {
        return read(() -> client.checkRulePack(yaml));
    }

    public CampaignPerformance campaignPerformance(String runId, String campaign) {
        return read(() -> client.campaignPerformance(runId, campaign));
    }

    public List<Concept> concepts() {
        return read(client::concepts);
    }

    public List<QuestionMeaning> questionMeanings(String runId) {
        return read(() -> client.questionMeanings(runId));
    }

    public QuestionMeaning correctQuestionMeaning(String runId, String questionCode, String concept, Direction pole) {
        return write(() -> client.correctQuestionMeaning(runId, questionCode, concept, pole));
    }

    public QuestionMeaning resetQuestionMeaning(String runId, String questionCode) {
        return write(() -> client.resetQuestionMeaning(runId, questionCode));
    }

    public List<Persona> generatePersonas(String runId) {
        return write(() -> client.generatePersonas(runId));
    }

    public Persona updatePersona(String id, PersonaPatch patch) {
        return write(() -> client.updatePersona(id, patch));
    }

    public Persona publishPersona(String id) {
        return write(() -> client.publishPersona(id));
    }

    public RulePack uploadRulePack(String workspaceId, String yaml) {
        return write(() -> client.uploadRulePack(workspaceId, yaml));
    }

    public CampaignResult recordCampaignResult(CampaignResultInput input) {
        return write(() -> client.recordCampaignResult(input));
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
