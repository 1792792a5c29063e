package org.psychograph.persona.error;

import io.smallrye.graphql.api.ErrorCode;

/** Answered with {@code extensions.code = FORBIDDEN}. */
@ErrorCode("FORBIDDEN")
public class ForbiddenException extends DomainException {

    public ForbiddenException(String message) {
        super(message, null);
    }

    public ForbiddenException(String field, String message) {
        super(message, field);
    }

    @Override
    public String code() {
        return "FORBIDDEN";
    }
}
