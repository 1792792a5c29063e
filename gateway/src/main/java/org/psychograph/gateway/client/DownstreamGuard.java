package org.psychograph.gateway.client;

import io.smallrye.faulttolerance.api.Guard;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.util.TypeLiteral;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.faulttolerance.exceptions.BulkheadException;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.jboss.logging.Logger;
import org.psychograph.gateway.error.GatewayException;

/**
 * The fault-tolerance policy of every downstream call, written once: a timeout, retries for queries only (a retried
 * mutation could apply twice), a circuit breaker, a bulkhead, and UNAVAILABLE when the call still fails. Each service
 * has one guard for its queries and one for its mutations, so a service that is down is down for every operation,
 * and one service's failures never open another's breaker.
 *
 * <p>Only the service's own faults (no answer in time, no connection, HTTP 5xx) count against the breaker and are
 * retried. Answers ({@link GatewayException}: NOT_FOUND, VALIDATION, any HTTP 4xx...) pass through untouched, and
 * bulkhead rejections are neither retried nor counted: the bulkhead sits inside the breaker, so otherwise one
 * caller's burst of requests would make the service UNAVAILABLE for every caller (ADR 0009, 0200).
 *
 * <p>The settings can be overridden under the keys the first design's annotated wrappers had, which deployments and
 * tests already use: {@code quarkus.fault-tolerance."org.psychograph.gateway.client.SurveyDownstream/guardedReadAsync"
 * .timeout.value} (queries; {@code .../guardedRead"} is read too) and {@code .../guardedWrite"} (mutations). They are
 * read here because they sit in SmallRye Fault Tolerance's namespace, not in a setting of the gateway's own.
 */
final class DownstreamGuard {

    private static final Logger LOG = Logger.getLogger(DownstreamGuard.class);
    private static final TypeLiteral<Uni<Object>> UNI = new TypeLiteral<>() {};
    /** Answers and our own load shedding: never a sign that the service is failing. */
    private static final List<Class<? extends Throwable>> NOT_FAULTS =
            List.of(GatewayException.class, BulkheadException.class);

    private final DownstreamService service;
    private final Guard guard;

    private DownstreamGuard(DownstreamService service, Guard guard) {
        this.service = service;
        this.guard = guard;
    }

    /** Queries: timeout 3 s, two retries, bulkhead of 64 with 10 waiting. */
    static DownstreamGuard forQueries(DownstreamService service, Config config) {
        Overrides settings =
                new Overrides(config, service.overrideKey + "/guardedReadAsync", service.overrideKey + "/guardedRead");
        Guard guard = Guard.create()
                .withDescription(service + " queries")
                .withTimeout()
                .duration(settings.get("timeout.value", 3000), ChronoUnit.MILLIS)
                .done()
                .withRetry()
                .maxRetries(settings.get("retry.max-retries", 2))
                .delay(settings.get("retry.delay", 100), ChronoUnit.MILLIS)
                .jitter(settings.get("retry.jitter", 50), ChronoUnit.MILLIS)
                .maxDuration(settings.get("retry.max-duration", 10000), ChronoUnit.MILLIS)
                .abortOn(NOT_FAULTS)
                .done()
                .with(builder -> breaker(builder, settings, service.key + "-queries"))
                .withBulkhead()
                .limit(settings.get("bulkhead.value", 64))
                .queueSize(settings.get("bulkhead.waiting-task-queue", 10))
                .done()
                .build();
        return new DownstreamGuard(service, guard);
    }

    /** Mutations: timeout 15 s, no retry, bulkhead of 32 with 10 waiting. */
    static DownstreamGuard forMutations(DownstreamService service, Config config) {
        Overrides settings = new Overrides(config, service.overrideKey + "/guardedWrite");
        Guard guard = Guard.create()
                .withDescription(service + " mutations")
                .withTimeout()
                .duration(settings.get("timeout.value", 15000), ChronoUnit.MILLIS)
                .done()
                .with(builder -> breaker(builder, settings, service.key + "-mutations"))
                .withBulkhead()
                .limit(settings.get("bulkhead.value", 32))
                .queueSize(settings.get("bulkhead.waiting-task-queue", 10))
                .done()
                .build();
        return new DownstreamGuard(service, guard);
    }

    /** A breaker that opens when half of the last 6 calls failed and stays open 5 s. */
    private static void breaker(Guard.Builder builder, Overrides settings, String name) {
        builder.withCircuitBreaker()
                .requestVolumeThreshold(settings.get("circuit-breaker.request-volume-threshold", 6))
                .failureRatio(settings.ratio("circuit-breaker.failure-ratio", 0.5))
                .delay(settings.get("circuit-breaker.delay", 5000), ChronoUnit.MILLIS)
                .successThreshold(settings.get("circuit-breaker.success-threshold", 1))
                .skipOn(NOT_FAULTS)
                // named, so that CircuitBreakerMaintenance (tests, operators) can see and reset it
                .name(name)
                .done();
    }

    /**
     * Sends {@code request} (again on retry) under the policy. Whatever is not an answer ends as UNAVAILABLE, its
     * cause logged for the operator.
     */
    @SuppressWarnings("unchecked")
    <T> Uni<T> call(Supplier<Uni<T>> request) {
        Supplier<Uni<Object>> untyped = (Supplier<Uni<Object>>) (Supplier<?>) request;
        return Uni.createFrom()
                .deferred(() -> guard.get(untyped, UNI))
                .onFailure(failure -> !(failure instanceof GatewayException))
                .transform(failure -> {
                    if (failure instanceof BulkheadException || failure instanceof CircuitBreakerOpenException) {
                        // the guard's own refusals: what caused them was logged when it happened
                        LOG.debugf("%s call refused: %s", service, failure.toString());
                    } else {
                        LOG.warnf("%s call failed: %s", service, failure.toString());
                    }
                    return DownstreamErrors.unavailable(service);
                })
                .map(answer -> (T) answer);
    }

    /** The override keys of one guard, the first that is set winning. */
    record Overrides(Config config, List<String> keys) {

        Overrides(Config config, String... keys) {
            this(config, List.of(keys));
        }

        int get(String setting, int otherwise) {
            return find(setting, Integer.class).orElse(otherwise);
        }

        double ratio(String setting, double otherwise) {
            return find(setting, Double.class).orElse(otherwise);
        }

        private <V> Optional<V> find(String setting, Class<V> type) {
            for (String key : keys) {
                Optional<V> value = config.getOptionalValue("quarkus.fault-tolerance.\"" + key + "\"." + setting, type);
                if (value.isPresent()) {
                    return value;
                }
            }
            return Optional.empty();
        }
    }
}
