package org.psychograph.gateway.limits;

import graphql.ErrorClassification;
import graphql.ErrorType;
import graphql.GraphQLError;
import graphql.language.SourceLocation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An operation the gateway refuses before running it: {@code extensions.code = VALIDATION} and, when the refusal is
 * about one argument, {@code extensions.field}, like every other validation error of the suite.
 */
record RefusedOperation(String message, String field) implements GraphQLError {

    @Override
    public String getMessage() {
        return message;
    }

    @Override
    public List<SourceLocation> getLocations() {
        return null;
    }

    @Override
    public ErrorClassification getErrorType() {
        return ErrorType.ValidationError;
    }

    @Override
    public Map<String, Object> getExtensions() {
        Map<String, Object> extensions = new LinkedHashMap<>();
        extensions.put("code", "VALIDATION");
        if (field != null) {
            extensions.put("field", field);
        }
        return extensions;
    }
}
