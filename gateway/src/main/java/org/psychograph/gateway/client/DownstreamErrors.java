package org.psychograph.gateway.client;

import io.smallrye.graphql.client.GraphQLClientException;
import io.smallrye.graphql.client.GraphQLError;
import io.smallrye.graphql.client.InvalidResponseException;
import io.smallrye.mutiny.Uni;
import java.util.function.Supplier;
import org.jboss.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.psychograph.gateway.error.DownstreamErrorException;
import org.psychograph.gateway.error.ForbiddenException;
import org.psychograph.gateway.error.GatewayException;
import org.psychograph.gateway.error.NotFoundException;
import org.psychograph.gateway.error.PlainMessages;
import org.psychograph.gateway.error.UnauthorizedException;
import org.psychograph.gateway.error.UnavailableException;
import org.psychograph.gateway.error.ValidationException;

/**
 * Runs one typed-client call and turns a service's answer errors into the gateway's own exceptions, keeping
 * their code, message and field. Those are answers, not failures: fault tolerance neither retries them nor
 * counts them against the circuit breaker (they are all {@link GatewayException}s). Anything else (no
 * connection, HTTP 5xx, a broken body) stays a failure.
 */
final class DownstreamCall {

    private static final Logger LOG = Logger.getLogger(DownstreamCall.class);

    private static final Pattern HTTP_STATUS = Pattern.compile("Code=(\\d{3})");

    private DownstreamCall() {
    }

    static <T> T run(String service, Supplier<T> call) {
        try {
            return call.get();
        } catch (GraphQLClientException e) {
            throw fromAnswer(service, e);
        } catch (InvalidResponseException e) {
            GatewayException refused = fromStatus(service, e);
            if (refused != null) {
                throw refused;
            }
            LOG.warnf("%s call failed: %s", service, e.getMessage());
            throw e;
        } catch (RuntimeException e) {
            // the fallback only says UNAVAILABLE; the operator needs the cause
            LOG.warnf("%s call failed: %s", service, e.toString());
            throw e;
        }
    }

    /**
     * {@link #run} for a non-blocking call: the {@link SelectedFieldsReader} has already turned the service's
     * answered errors into {@link GatewayException}s; anything else is a failure, logged for the operator.
     */
    static Uni<Object> runAsync(String service, Supplier<? extends Uni<?>> call) {
        return Uni.createFrom().deferred(() -> call.get().map(answer -> (Object) answer))
                .onFailure(e -> !(e instanceof GatewayException))
                .invoke(e -> LOG.warnf("%s call failed: %s", service, e.toString()));
    }

    static UnavailableException unavailable(String service) {
        return new UnavailableException(null, service + " is unavailable (no answer in time, failing, too busy, or "
                + "its circuit breaker is open); the other services' data is still returned");
    }

    private static GatewayException fromAnswer(String service, GraphQLClientException e) {
        if (e.getErrors() == null || e.getErrors().isEmpty()) {
            LOG.warnf("%s answered an error without details: %s", service, e.getMessage());
            return new DownstreamErrorException(null, PlainMessages.of(service, null, null, null), null);
        }
        GraphQLError first = e.getErrors().get(0);
        return fromError(service, first.getCode(), first.getStringExtension("field"), first.getMessage());
    }

    /**
     * A service's GraphQL error (its first one) as the gateway's exception with the same code and field, and its
     * message unless that shows Java names ({@link PlainMessages}).
     */
    static GatewayException fromError(String service, String code, String field, String serviceMessage) {
        String message = PlainMessages.of(service, code, field, serviceMessage);
        if (!message.equals(serviceMessage)) {
            LOG.warnf("%s answered %s with a message not fit for callers: %s", service, code, serviceMessage);
        }
        return switch (code == null ? "" : code) {
            case "NOT_FOUND" -> new NotFoundException(field, message);
            case "VALIDATION" -> new ValidationException(field, message);
            // Quarkus security's own codes, when a service's role check fails before its code runs
            case "FORBIDDEN", "forbidden" -> new ForbiddenException(field, message);
            case "UNAUTHORIZED", "unauthorized" -> new UnauthorizedException(field, message);
            case "UNAVAILABLE" -> new UnavailableException(field, message);
            default -> new DownstreamErrorException(field, message.startsWith(service) ? message
                    : service + ": " + message, code);
        };
    }

    /**
     * A refused token is the caller's problem, and a well-delivered answer that breaks the contract (a missing
     * non-null field) is a defect to report, not a reason to retry; an HTTP 5xx is the service's failure.
     */
    private static GatewayException fromStatus(String service, InvalidResponseException e) {
        Matcher status = HTTP_STATUS.matcher(String.valueOf(e.getMessage()));
        if (!status.find()) {
            LOG.warnf("%s answered outside its contract: %s", service, e.getMessage());
            return new DownstreamErrorException(null, service + " answered outside its contract", null);
        }
        return fromStatus(service, Integer.parseInt(status.group(1)));
    }

    /**
     * The answer behind an HTTP refusal, or null when the status is the service's failure (5xx). Every 4xx is an
     * answer about this request, never a sign that the service is failing: it must not count against the circuit
     * breaker nor be retried (a 429 is the service shedding load, retried by the caller later).
     */
    static GatewayException fromStatus(String service, int status) {
        return switch (status) {
            case 401 -> new UnauthorizedException(null, service + " did not accept the caller's token");
            case 403 -> new ForbiddenException(null, service + " refused the caller");
            case 413 -> new ValidationException(null, service + " refused the request as too large");
            case 429 -> new UnavailableException(null, service + " is busy; try again shortly");
            default -> status >= 400 && status < 500
                    ? new DownstreamErrorException(null, service + " refused the request (HTTP " + status + ")", null)
                    : null;
        };
    }
}
