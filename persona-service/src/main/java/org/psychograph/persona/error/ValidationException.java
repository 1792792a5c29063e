package org.psychograph.persona.error;

import io.smallrye.graphql.api.ErrorCode;

/** Answered with {@code extensions.code = VALIDATION}. */
@ErrorCode("VALIDATION")
public class ValidationException extends DomainException {

    public ValidationException(String message) {
        super(message, null);
    }

    public ValidationException(String field, String message) {
        super(message, field);
    }

    @Override
    public String code() {
        return "VALIDATION";
    }
}
