package org.psychograph.gateway.error;

import io.smallrye.graphql.api.ErrorCode;

/** The caller's roles or workspaces do not allow the operation. Answered with {@code extensions.code = FORBIDDEN}. */
@ErrorCode("FORBIDDEN")
public class ForbiddenException extends GatewayException {

    public ForbiddenException(String field, String message) {
        super(message, field);
    }

    @Override
    public String code() {
        return "FORBIDDEN";
    }
}
