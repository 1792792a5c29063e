package org.psychograph.persona.error;

import io.smallrye.graphql.api.ErrorCode;

/** Answered with {@code extensions.code = NOT_FOUND}. */
@ErrorCode("NOT_FOUND")
public class NotFoundException extends DomainException {

    public NotFoundException(String message) {
        super(message, null);
    }

    public NotFoundException(String field, String message) {
        super(message, field);
    }

    @Override
    public String code() {
        return "NOT_FOUND";
    }
}
