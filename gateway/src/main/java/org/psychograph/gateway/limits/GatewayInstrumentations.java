package org.psychograph.gateway.limits;

import graphql.GraphQL;
import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.execution.instrumentation.Instrumentation;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.graphql.spi.EventingService;
import java.util.List;
import org.eclipse.microprofile.config.ConfigProvider;
import org.psychograph.gateway.config.GraphQLLimits;

/**
 * Adds the gateway's own graphql-java instrumentations ({@link OperationLimits}, {@link SendableAnswer}) after the
 * ones SmallRye GraphQL configured (depth and complexity limits, its query cache). Registered through
 * {@code META-INF/services}: SmallRye GraphQL loads it with the ServiceLoader, and with no config key it is always
 * on (the CDI events would also be an option, but they fire for every field fetched).
 */
public class GatewayInstrumentations implements EventingService {

    @Override
    public String getConfigKey() {
        return null;
    }

    @Override
    public GraphQL.Builder beforeGraphQLBuild(GraphQL.Builder builder) {
        // the builder has no getter for what SmallRye set; a GraphQL built from it (cheap, nothing runs) has
        Instrumentation configured = builder.build().getInstrumentation();
        // loaded by the ServiceLoader, not CDI: the mapping is taken from the configuration itself
        int maxRootFields = ConfigProvider.getConfig()
                .unwrap(SmallRyeConfig.class)
                .getConfigMapping(GraphQLLimits.class)
                .maxRootFields();
        return builder.instrumentation(new ChainedInstrumentation(
                List.of(configured, new OperationLimits(maxRootFields), new SendableAnswer())));
    }
}
