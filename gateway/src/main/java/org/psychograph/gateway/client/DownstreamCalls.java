package org.psychograph.gateway.client;

import io.smallrye.mutiny.Uni;
import java.util.Map;
import org.eclipse.microprofile.config.Config;

/**
 * One service's calls: each operation sent by the {@link GraphQLTransport} under the service's guard for its kind
 * (queries or mutations). What the three {@code *Downstream} beans share, so that each of them only names its
 * service's operations.
 */
final class DownstreamCalls {

    private final DownstreamService service;
    private final GraphQLTransport transport;
    private final DownstreamGuard queries;
    private final DownstreamGuard mutations;

    DownstreamCalls(DownstreamService service, GraphQLTransport transport, Config config) {
        this.service = service;
        this.transport = transport;
        this.queries = DownstreamGuard.forQueries(service, config);
        this.mutations = DownstreamGuard.forMutations(service, config);
    }

    /** {@code operation} asking for {@code selection} (null when it answers a scalar). */
    <T> Uni<T> send(DownstreamOperation operation, Map<String, Object> variables, Selection selection) {
        if (operation.service != service) {
            throw new IllegalArgumentException(operation + " is not an operation of " + service);
        }
        DownstreamGuard guard = operation.kind == DownstreamOperation.Kind.QUERY ? queries : mutations;
        return guard.call(transport.request(operation, variables, selection));
    }
}
