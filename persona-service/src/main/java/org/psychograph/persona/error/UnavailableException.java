package org.psychograph.persona.error;

import io.smallrye.graphql.api.ErrorCode;

/** A service this one depends on did not answer in time; answered with {@code extensions.code = UNAVAILABLE}. */
@ErrorCode("UNAVAILABLE")
public class UnavailableException extends DomainException {

    public UnavailableException(String message) {
        super(message, null);
    }

    @Override
    public String code() {
        return "UNAVAILABLE";
    }
}
