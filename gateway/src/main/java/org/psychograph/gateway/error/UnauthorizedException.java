package org.psychograph.gateway.error;

import io.smallrye.graphql.api.ErrorCode;

/** A service refused the forwarded token (for example an audience the service does not accept). Answered with {@code extensions.code = UNAUTHORIZED}. */
@ErrorCode("UNAUTHORIZED")
public class UnauthorizedException extends GatewayException {

    public UnauthorizedException(String field, String message) {
        super(message, field);
    }

    @Override
    public String code() {
        return "UNAUTHORIZED";
    }
}
