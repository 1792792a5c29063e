package org.psychograph.survey.api.types;

import java.util.List;
import org.eclipse.microprofile.graphql.NonNull;

public record SurveyConnection(
        @NonNull List<@NonNull SurveyEdge> edges, @NonNull PageInfo pageInfo, int totalCount) {

    public record SurveyEdge(
            @NonNull String cursor, @NonNull SurveyView node) {}
}
