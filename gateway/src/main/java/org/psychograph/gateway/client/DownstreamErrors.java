package org.psychograph.gateway.client;

import org.jboss.logging.Logger;
import org.psychograph.gateway.error.DownstreamErrorException;
import org.psychograph.gateway.error.ForbiddenException;
import org.psychograph.gateway.error.GatewayException;
import org.psychograph.gateway.error.NotFoundException;
import org.psychograph.gateway.error.PlainMessages;
import org.psychograph.gateway.error.UnauthorizedException;
import org.psychograph.gateway.error.UnavailableException;
import org.psychograph.gateway.error.ValidationException;

/**
 * A service's answers as the gateway's own exceptions, keeping their code, message and field. Those are answers,
 * not failures: they are all {@link GatewayException}s, which {@link DownstreamGuard} neither retries nor counts
 * against the circuit breaker. Anything else (no connection, HTTP 5xx, a timeout) stays a failure.
 */
final class DownstreamErrors {

    private static final Logger LOG = Logger.getLogger(DownstreamErrors.class);

    private DownstreamErrors() {}

    static UnavailableException unavailable(DownstreamService service) {
        return new UnavailableException(
                null,
                service + " is unavailable (no answer in time, failing, too busy, or "
                        + "its circuit breaker is open); the other services' data is still returned");
    }

    /**
     * A service's GraphQL error (its first one) as the gateway's exception with the same code and field, and its
     * message unless that shows Java names ({@link PlainMessages}).
     */
    static GatewayException fromError(DownstreamService service, String code, String field, String serviceMessage) {
        String name = service.displayName;
        String message = PlainMessages.of(name, code, field, serviceMessage);
        if (!message.equals(serviceMessage)) {
            LOG.warnf("%s answered %s with a message not fit for callers: %s", name, code, serviceMessage);
        }
        return switch (code == null ? "" : code) {
            case "NOT_FOUND" -> new NotFoundException(field, message);
            case "VALIDATION" -> new ValidationException(field, message);
            // Quarkus security's own codes, when a service's role check fails before its code runs
            case "FORBIDDEN", "forbidden" -> new ForbiddenException(field, message);
            case "UNAUTHORIZED", "unauthorized" -> new UnauthorizedException(field, message);
            case "UNAVAILABLE" -> new UnavailableException(field, message);
            default ->
                new DownstreamErrorException(field, message.startsWith(name) ? message : name + ": " + message, code);
        };
    }

    /**
     * The answer behind an HTTP refusal, or null when the status is the service's failure (5xx). Every 4xx is an
     * answer about this request, never a sign that the service is failing: it must not count against the circuit
     * breaker nor be retried (a 429 is the service shedding load, retried by the caller later).
     */
    static GatewayException fromStatus(DownstreamService service, int status) {
        return switch (status) {
            case 401 -> new UnauthorizedException(null, service + " did not accept the caller's token");
            case 403 -> new ForbiddenException(null, service + " refused the caller");
            case 413 -> new ValidationException(null, service + " refused the request as too large");
            case 429 -> new UnavailableException(null, service + " is busy; try again shortly");
            default ->
                status >= 400 && status < 500
                        ? new DownstreamErrorException(
                                null, service + " refused the request (HTTP " + status + ")", null)
                        : null;
        };
    }
}
