package org.psychograph.gateway.config;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;

/**
 * What one GraphQL request may cost the gateway: its body (checked before it is read, {@code GraphQLBodyLimit}),
 * the byte budget large bodies are charged to, and its root fields (each one a downstream call at once).
 */
@ConfigMapping(prefix = "psychograph.gateway.graphql")
public interface GraphQLLimits {

    MemorySize maxBodySize();

    /** Bodies above this are charged to the byte budgets below. */
    MemorySize largeBodyThreshold();

    /** One caller's budget. */
    MemorySize largeBytesPerSecond();

    MemorySize largeBytesBurst();

    /** The budget all callers share. */
    MemorySize largeBytesPerSecondAll();

    MemorySize largeBytesBurstAll();

    int maxRootFields();
}
