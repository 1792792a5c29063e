package org.psychograph.segmentation.error;

import io.smallrye.graphql.api.ErrorCode;

/** A service this one depends on did not answer in time: the caller may try again later. */
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
