package org.psychograph.persona.api;

import graphql.ErrorType;
import graphql.ExceptionWhileDataFetching;
import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.validation.ValidationError;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Gives graphql-java's own refusals (a field the schema lacks, a variable of the wrong type, an Int given as a float,
 * the depth and complexity limits) {@code extensions.code = VALIDATION}, like every other caller error of the suite:
 * callers branch on the code, and these were the only errors without one (or with a code made from an exception's
 * class name). The gateway does the same for the public endpoint; this covers callers that reach the service
 * directly. Installed by {@link GraphQLGuards}.
 */
final class CallerErrorCodes extends SimplePerformantInstrumentation {

    @Override
    public CompletableFuture<ExecutionResult> instrumentExecutionResult(
            ExecutionResult result, InstrumentationExecutionParameters parameters, InstrumentationState state) {
        List<GraphQLError> errors = result.getErrors();
        if (errors.isEmpty() || errors.stream().noneMatch(CallerErrorCodes::lacksCode)) {
            return CompletableFuture.completedFuture(result);
        }
        List<GraphQLError> coded = new ArrayList<>(errors.size());
        for (GraphQLError error : errors) {
            coded.add(lacksCode(error) ? withValidationCode(error) : error);
        }
        return CompletableFuture.completedFuture(result.transform(answer -> answer.errors(coded)));
    }

    private static boolean lacksCode(GraphQLError error) {
        if (error instanceof ExceptionWhileDataFetching fetching) {
            // SmallRye converts some arguments (an Int given as 1e10) while fetching: the caller's error all the same
            return fetching.getException() instanceof CoercingParseValueException
                    || fetching.getException() instanceof CoercingParseLiteralException;
        }
        boolean callers = error.getErrorType() == ErrorType.ValidationError
                || error.getErrorType() == ErrorType.InvalidSyntax
                || error.getErrorType() == ErrorType.ExecutionAborted;
        return callers
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
        // a plain error (not the exception graphql-java threw), so SmallRye keeps this code instead of one made
        // from the exception's class name
        String message = error instanceof ExceptionWhileDataFetching fetching
                ? fetching.getException().getMessage()
                : error.getMessage();
        return GraphqlErrorBuilder.newError()
                .message("%s", message.replaceFirst("^SRGQL\\d+: ", ""))
                .locations(error.getLocations())
                .path(error.getPath())
                .extensions(extensions)
                .errorType(
                        error instanceof ExceptionWhileDataFetching ? ErrorType.ValidationError : error.getErrorType())
                .build();
    }
}
