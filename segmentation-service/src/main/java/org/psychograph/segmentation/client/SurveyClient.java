package org.psychograph.segmentation.client;

import io.smallrye.graphql.client.typesafe.api.GraphQLClientApi;
import io.smallrye.graphql.client.typesafe.api.Header;
import io.smallrye.mutiny.Uni;
import java.util.List;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.psychograph.segmentation.client.SurveyDtos.MatrixPage;
import org.psychograph.segmentation.client.SurveyDtos.SurveyDefinition;

/**
 * survey-service's GraphQL API as this service uses it. Package-private: callers go through
 * {@link SurveyData}, which adds timeout, retry and circuit breaker. Arguments the server declares
 * non-null repeat {@code @NonNull} here, or the real server rejects the call.
 */
@GraphQLClientApi(configKey = "survey")
interface SurveyClient {

    /** Blocking, for workers: with the service account's token. */
    @Query("survey")
    @Header(name = "Authorization", method = SERVICE_ACCOUNT)
    SurveyDefinition survey(@NonNull @Id String id);

    /** The same query, non-blocking: for request threads, with the caller's token. */
    @Query("survey")
    @Header(name = "Authorization", method = CALLER)
    Uni<SurveyDefinition> surveyUni(@NonNull @Id String id);

    @Query("responseMatrix")
    @Header(name = "Authorization", method = CALLER)
    Uni<MatrixPage> responseMatrixUni(
            @NonNull @Id String surveyId, List<String> questionCodes, Integer first, String after);

    String CALLER = "org.psychograph.segmentation.client.OutgoingToken.caller";
    String SERVICE_ACCOUNT = "org.psychograph.segmentation.client.OutgoingToken.serviceAccount";
}
