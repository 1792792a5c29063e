package org.psychograph.gateway.limits;

import graphql.ErrorType;
import graphql.ExceptionWhileDataFetching;
import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.validation.ValidationError;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Gives graphql-java's own refusals (a document that does not validate, a variable of the wrong type, the depth and
 * complexity limits) {@code extensions.code = VALIDATION}, like every other caller error of the suite: callers
 * branch on the code, and without one these were the only errors that had none. Errors from resolvers already carry
 * theirs ({@code GatewayException}s).
 */
final class CodedErrors {

    private CodedErrors() {}

    static ExecutionResult of(ExecutionResult result) {
        List<GraphQLError> errors = result.getErrors();
        if (errors.isEmpty() || errors.stream().noneMatch(CodedErrors::lacksCode)) {
            return result;
        }
        List<GraphQLError> coded = new ArrayList<>(errors.size());
        for (GraphQLError error : errors) {
            coded.add(lacksCode(error) ? withValidationCode(error) : error);
        }
        return result.transform(answer -> answer.errors(coded));
    }

    private static boolean lacksCode(GraphQLError error) {
        boolean callers = error.getErrorType() == ErrorType.ValidationError
                || error.getErrorType() == ErrorType.InvalidSyntax
                || error.getErrorType() == ErrorType.ExecutionAborted;
        return callers
                && !(error instanceof ExceptionWhileDataFetching)
                && (error.getExtensions() == null || !error.getExtensions().containsKey("code"));
    }

    private static GraphQLError withValidationCode(GraphQLError error) {
        Map<String, Object> extensions = new LinkedHashMap<>();
        if (error.getExtensions() != null) {
            extensions.putAll(error.getExtensions());
        }
        extensions.put("code", "VALIDATION");
        if (error instanceof ValidationError validation) {
            // kept a ValidationError, so SmallRye GraphQL still adds its description and query path
            return ValidationError.newValidationError()
                    .validationErrorType(validation.getValidationErrorType())
                    .description(validation.getDescription())
                    .queryPath(validation.getQueryPath())
                    .sourceLocations(validation.getLocations())
                    .extensions(extensions)
                    .build();
        }
        return GraphqlErrorBuilder.newError()
                .message("%s", error.getMessage())
                .locations(error.getLocations())
                .path(error.getPath())
                .errorType(error.getErrorType())
                .extensions(extensions)
                .build();
    }
}
