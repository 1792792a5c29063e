package org.psychograph.gateway.limits;

import graphql.ErrorClassification;
import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.jboss.logging.Logger;

/**
 * Makes sure the answer can be written. JSON has no NaN or infinity: SmallRye GraphQL fails to serialise such a
 * number after the operation ran, on a path where the failure is dropped, and the caller waits for an answer that
 * never comes (what took persona generation down in segmentation-service). A service should never send one, but
 * the gateway binds services' numbers into doubles (1e400 becomes infinity), so here each such value becomes null
 * with a DOWNSTREAM_ERROR naming its path, and the rest of the answer is sent. Errors get their code on the way
 * ({@link CodedErrors}).
 */
final class SendableAnswer extends SimplePerformantInstrumentation {

    private static final Logger LOG = Logger.getLogger(SendableAnswer.class);
    private static final ErrorClassification NOT_SENDABLE =
            ErrorClassification.errorClassification("DataFetchingException");

    @Override
    public CompletableFuture<ExecutionResult> instrumentExecutionResult(
            ExecutionResult result, InstrumentationExecutionParameters parameters, InstrumentationState state) {
        ExecutionResult coded = CodedErrors.of(result);
        Object data = coded.getData();
        if (!hasNonFinite(data)) {
            return CompletableFuture.completedFuture(coded);
        }
        List<GraphQLError> errors = new ArrayList<>();
        Object sendable = withoutNonFinite(data, new ArrayList<>(), errors);
        LOG.warnf(
                "an answer held %d numbers that are not finite, sent as null: first at %s",
                errors.size(), errors.get(0).getPath());
        return CompletableFuture.completedFuture(
                coded.transform(answer -> answer.data(sendable).addErrors(errors)));
    }

    /** A cheap pass first: nearly every answer has none, and then nothing is copied. */
    private static boolean hasNonFinite(Object node) {
        if (node instanceof Map<?, ?> map) {
            for (Object value : map.values()) {
                if (hasNonFinite(value)) {
                    return true;
                }
            }
        } else if (node instanceof List<?> list) {
            for (Object value : list) {
                if (hasNonFinite(value)) {
                    return true;
                }
            }
        }
        return isNonFinite(node);
    }

    private static Object withoutNonFinite(Object node, List<Object> path, List<GraphQLError> errors) {
        if (node instanceof Map<?, ?> map) {
            Map<Object, Object> copy = new LinkedHashMap<>();
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                path.add(entry.getKey());
                copy.put(entry.getKey(), withoutNonFinite(entry.getValue(), path, errors));
                path.remove(path.size() - 1);
            }
            return copy;
        }
        if (node instanceof List<?> list) {
            List<Object> copy = new ArrayList<>(list.size());
            for (int i = 0; i < list.size(); i++) {
                path.add(i);
                copy.add(withoutNonFinite(list.get(i), path, errors));
                path.remove(path.size() - 1);
            }
            return copy;
        }
        if (isNonFinite(node)) {
            errors.add(GraphqlErrorBuilder.newError()
                    .path(List.copyOf(path))
                    .errorType(NOT_SENDABLE)
                    .message(
                            "%s",
                            "a service answered a number that is not finite (NaN or infinity) here; JSON "
                                    + "cannot carry it, so it is left out")
                    .extensions(Map.of("code", "DOWNSTREAM_ERROR"))
                    .build());
            return null;
        }
        return node;
    }

    private static boolean isNonFinite(Object value) {
        return value instanceof Double d && !Double.isFinite(d) || value instanceof Float f && !Float.isFinite(f);
    }
}
