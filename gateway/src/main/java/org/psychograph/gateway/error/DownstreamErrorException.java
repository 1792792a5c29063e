package org.psychograph.gateway.error;

import io.smallrye.graphql.api.ErrorCode;

/**
 * A service answered an error whose code the gateway does not know (or none, e.g. a GraphQL validation
 * error after a schema change). The service's own code, if any, is kept in {@link #downstreamCode()} and
 * shown as {@code extensions.downstreamCode}.
 */
@ErrorCode("DOWNSTREAM_ERROR")
public class DownstreamErrorException extends GatewayException {

    private final String downstreamCode;

    public DownstreamErrorException(String field, String message, String downstreamCode) {
        super(message, field);
        this.downstreamCode = downstreamCode;
    }

    public String downstreamCode() {
        return downstreamCode;
    }

    @Override
    public String code() {
        return "DOWNSTREAM_ERROR";
    }
}
