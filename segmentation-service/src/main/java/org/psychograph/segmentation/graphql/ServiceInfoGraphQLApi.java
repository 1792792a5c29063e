package org.psychograph.segmentation.graphql;

import io.quarkus.security.Authenticated;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

/** Placeholder until this service's own operations land: tells a caller which service answered. */
@GraphQLApi
@Authenticated
public class ServiceInfoGraphQLApi {

    @Query("serviceName")
    @Description("The name of the service that answered.")
    public @NonNull String serviceName() {
        return "segmentation-service";
    }
}
