package org.psychograph.gateway.limits;

import graphql.ExecutionResult;
import graphql.execution.AbortExecutionException;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import java.util.List;
import java.util.Map;

/**
 * Refuses, before anything is fetched, an operation that would cost other callers or be answered wrongly:
 * <ul>
 * <li>more root fields than {@code psychograph.gateway.graphql.max-root-fields}. Each root field (each alias
 * counts) is at least one downstream call running at the same time as the others, so 80 aliased {@code survey(id)}
 * fields filled a service's bulkhead and turned other callers' reads away. The cross-service fields below the root
 * are batched (one request per field per level), so the root is where one query fans out;</li>
 * <li>an {@code Int} argument outside 32 bits ({@link IntArguments});</li>
 * <li>a text argument with NUL, a lone surrogate, or over 200,000 characters ({@link TextArguments}).</li>
 * </ul>
 * Both answer VALIDATION, the way graphql-java's own depth and complexity limits stop an operation.
 */
final class OperationLimits extends SimplePerformantInstrumentation {

    private final int maxRootFields;

    OperationLimits(int maxRootFields) {
        this.maxRootFields = maxRootFields;
    }

    @Override
    public InstrumentationContext<ExecutionResult> beginExecuteOperation(
            InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
        ExecutionContext execution = parameters.getExecutionContext();
        int rootFields =
                rootFields(execution.getOperationDefinition().getSelectionSet(), execution.getFragmentsByName());
        if (rootFields > maxRootFields) {
            throw refused(new RefusedOperation(
                    "an operation may select at most " + maxRootFields + " root fields "
                            + "(aliases count one each), this one selects " + rootFields + "; send the rest in another "
                            + "request, or ask for several objects at once through a list field",
                    null));
        }
        IntArguments.OutOfRange outOfRange = new IntArguments(
                        execution.getGraphQLSchema(),
                        execution.getOperationDefinition(),
                        execution.getFragmentsByName(),
                        execution.getExecutionInput().getRawVariables().toMap())
                .find(execution.getOperationDefinition());
        if (outOfRange != null) {
            throw refused(new RefusedOperation(outOfRange.message(), outOfRange.argument()));
        }
        TextArguments.Refusal text = TextArguments.find(
                execution.getOperationDefinition(),
                execution.getExecutionInput().getRawVariables().toMap());
        if (text != null) {
            throw refused(new RefusedOperation(text.message(), text.argument()));
        }
        return super.beginExecuteOperation(parameters, state);
    }

    /** Root fields as executed: fragments spread into the root count with their fields; introspection does not. */
    static int rootFields(SelectionSet selections, Map<String, FragmentDefinition> fragments) {
        int count = 0;
        for (Selection<?> selection : selections.getSelections()) {
            if (selection instanceof Field field) {
                count += field.getName().startsWith("__") ? 0 : 1;
            } else if (selection instanceof InlineFragment inline) {
                count += rootFields(inline.getSelectionSet(), fragments);
            } else if (selection instanceof FragmentSpread spread && fragments.containsKey(spread.getName())) {
                count += rootFields(fragments.get(spread.getName()).getSelectionSet(), fragments);
            }
        }
        return count;
    }

    private static AbortExecutionException refused(RefusedOperation error) {
        return new AbortExecutionException(List.of(error));
    }
}
