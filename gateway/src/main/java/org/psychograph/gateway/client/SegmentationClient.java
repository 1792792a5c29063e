package org.psychograph.gateway.client;

import io.smallrye.graphql.client.typesafe.api.GraphQLClientApi;
import io.smallrye.graphql.client.typesafe.api.Header;
import java.util.List;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.psychograph.gateway.model.SegmentationTypes.AnswerValueInput;
import org.psychograph.gateway.model.SegmentationTypes.AssignmentConnection;
import org.psychograph.gateway.model.SegmentationTypes.Run;
import org.psychograph.gateway.model.SegmentationTypes.RunConnection;
import org.psychograph.gateway.model.SegmentationTypes.SegmentPlacement;
import org.psychograph.gateway.model.SegmentationTypes.SegmentationInput;

/**
 * segmentation-service's GraphQL API (docs/contracts/segmentation.graphql), including its batching queries.
 * Package-private: callers go through {@link SegmentationDownstream}.
 */
@GraphQLClientApi(configKey = "segmentation")
@Header(name = "Authorization", method = "org.psychograph.gateway.security.CallerToken.authorization")
interface SegmentationClient {

    AssignmentConnection assignments(@NonNull @Id String runId, Integer first, String after);

    @Mutation
    Run startSegmentation(@NonNull SegmentationInput input);

    @Mutation
    Run cancelRun(@NonNull @Id String id);

    @Mutation
    Run chooseK(@NonNull @Id String runId, @NonNull Integer k);

    @Mutation
    SegmentPlacement assignSegment(@NonNull @Id String runId, @NonNull List<@NonNull AnswerValueInput> answers);
}
