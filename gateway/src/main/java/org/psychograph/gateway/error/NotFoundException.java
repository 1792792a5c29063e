package org.psychograph.gateway.error;

import io.smallrye.graphql.api.ErrorCode;

/** The object does not exist or belongs to a workspace the caller may not use. Answered with {@code extensions.code = NOT_FOUND}. */
@ErrorCode("NOT_FOUND")
public class NotFoundException extends GatewayException {

    public NotFoundException(String field, String message) {
        super(message, field);
    }

    @Override
    public String code() {
        return "NOT_FOUND";
    }
}
