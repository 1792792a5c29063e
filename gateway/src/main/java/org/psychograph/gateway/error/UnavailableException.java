package org.psychograph.gateway.error;

import io.smallrye.graphql.api.ErrorCode;

/** A service did not answer in time, failed, or its circuit breaker is open: its fields are missing. Answered with {@code extensions.code = UNAVAILABLE}. */
@ErrorCode("UNAVAILABLE")
public class UnavailableException extends GatewayException {

    public UnavailableException(String field, String message) {
        super(message, field);
    }

    @Override
    public String code() {
        return "UNAVAILABLE";
    }
}
