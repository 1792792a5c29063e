package org.psychograph.persona.client;

import io.smallrye.graphql.client.typesafe.api.GraphQLClientApi;
import io.smallrye.graphql.client.typesafe.api.Header;
import io.smallrye.mutiny.Uni;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * segmentation-service's query for a run with its segments. Package-private: callers go through
 * {@link SegmentationRuns}, which adds fault tolerance and the service-account token.
 */
@GraphQLClientApi(configKey = "segmentation")
interface SegmentationClient {

    /** The server declares {@code run(id: ID!)}: @NonNull must be repeated or the real server rejects the call. */
    Uni<Run> run(@NonNull @Id String id, @Header(name = "Authorization") String authorization);
}
