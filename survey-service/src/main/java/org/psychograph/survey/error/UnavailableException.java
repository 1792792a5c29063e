package org.psychograph.survey.error;

import io.smallrye.graphql.api.ErrorCode;

/** Answered with {@code extensions.code = UNAVAILABLE} (HTTP 503 over REST): the request may succeed later. */
@ErrorCode("UNAVAILABLE")
public class UnavailableException extends DomainException {

    public UnavailableException(String field, String message) {
        super(message, field);
    }

    @Override
    public String code() {
        return "UNAVAILABLE";
    }
}
