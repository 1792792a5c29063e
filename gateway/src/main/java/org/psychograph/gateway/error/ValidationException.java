package org.psychograph.gateway.error;

import io.smallrye.graphql.api.ErrorCode;

/** Bad input, named by {@link #field()}; checked by the gateway (page size) or a service. Answered with {@code extensions.code = VALIDATION}. */
@ErrorCode("VALIDATION")
public class ValidationException extends GatewayException {

    public ValidationException(String field, String message) {
        super(message, field);
    }

    @Override
    public String code() {
        return "VALIDATION";
    }
}
