package org.psychograph.gateway.client;

import io.smallrye.graphql.client.typesafe.api.GraphQLClientApi;
import io.smallrye.graphql.client.typesafe.api.Header;
import java.util.List;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.psychograph.gateway.model.SurveyTypes.CreateSurveyInput;
import org.psychograph.gateway.model.SurveyTypes.DataQualityReport;
import org.psychograph.gateway.model.SurveyTypes.QuestionInput;
import org.psychograph.gateway.model.SurveyTypes.ResponseConnection;
import org.psychograph.gateway.model.SurveyTypes.ResponseInput;
import org.psychograph.gateway.model.SurveyTypes.ResponseMatrix;
import org.psychograph.gateway.model.SurveyTypes.Survey;
import org.psychograph.gateway.model.SurveyTypes.SurveyConnection;
import org.psychograph.gateway.model.SurveyTypes.UpdateSurveyInput;

/**
 * survey-service's GraphQL API (graphql/survey.graphql). Arguments repeat the server's non-null markers, or
 * the real server rejects the call. Package-private: callers go through {@link SurveyDownstream}.
 */
@GraphQLClientApi(configKey = "survey")
@Header(name = "Authorization", method = "org.psychograph.gateway.security.CallerToken.authorization")
interface SurveyClient {

    ResponseConnection responses(@NonNull @Id String surveyId, Integer first, String after);

    ResponseMatrix responseMatrix(@NonNull @Id String surveyId, List<String> questionCodes, Integer first,
            String after);

    DataQualityReport dataQuality(@NonNull @Id String surveyId);

    @Mutation
    Survey createSurvey(@NonNull CreateSurveyInput input);

    @Mutation
    Survey updateSurvey(@NonNull @Id String id, @NonNull UpdateSurveyInput input);

    @Mutation
    Survey addQuestions(@NonNull @Id String surveyId, @NonNull List<@NonNull QuestionInput> questions);

    @Mutation
    Survey openSurvey(@NonNull @Id String id);

    @Mutation
    Survey closeSurvey(@NonNull @Id String id);

    @Mutation
    Integer submitResponses(@NonNull @Id String surveyId, @NonNull List<@NonNull ResponseInput> responses);

    @Mutation
    Integer deleteResponses(@NonNull @Id String surveyId, @NonNull List<@NonNull String> respondentIds);
}
