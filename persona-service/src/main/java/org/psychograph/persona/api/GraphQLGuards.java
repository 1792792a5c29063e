package org.psychograph.persona.api;

import graphql.GraphQL;
import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.execution.instrumentation.Instrumentation;
import io.smallrye.graphql.spi.EventingService;
import java.util.List;

/**
 * Adds the service's guards to graphql-java: {@link FiniteFloats} (no NaN or Infinity in an answer) and
 * {@link CallerErrorCodes} (graphql-java's refusals coded VALIDATION), after what SmallRye GraphQL configured.
 * Registered through {@code META-INF/services}: SmallRye GraphQL loads it with the ServiceLoader, and with no config
 * key it is always on.
 */
public class GraphQLGuards implements EventingService {

    @Override
    public String getConfigKey() {
        return null;
    }

    @Override
    public GraphQL.Builder beforeGraphQLBuild(GraphQL.Builder builder) {
        // the builder has no getter for what SmallRye set; a GraphQL built from it (cheap, nothing runs) has
        Instrumentation configured = builder.build().getInstrumentation();
        return builder.valueUnboxer(new FiniteFloats())
                .instrumentation(new ChainedInstrumentation(List.of(configured, new CallerErrorCodes())));
    }
}
