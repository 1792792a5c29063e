package org.psychograph.survey.api.types;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.psychograph.survey.service.DataQuality;

@Description("What is wrong with a survey's data, so the analyst can decide to drop, impute or keep.")
public record DataQualityReport(
        int responseCount,
        @NonNull List<@NonNull QuestionQuality> questions,

        @Description("Respondents who gave the same answer to every LIKERT BASIS question (at least 3 answered)")
        int straightLinerCount,

        @Description("Up to 100 straight-liners' respondent ids") @NonNull
        List<@NonNull String> straightLiners,

        @Description("Responses whose whole answer vector equals another respondent's (possible duplicate people "
                + "or bots); respondent ids themselves are unique per workspace")
        int duplicateResponseCount,

        @Description("Number of groups of identical responses")
        int duplicateGroupCount) {

    public static DataQualityReport of(DataQuality quality) {
        return new DataQualityReport(
                quality.responseCount(),
                quality.questions().stream()
                        .map(q -> new QuestionQuality(
                                q.questionCode(), q.missingCount(), q.missingShare(), q.outOfRangeCount()))
                        .toList(),
                quality.straightLinerCount(),
                quality.straightLiners(),
                quality.duplicateResponseCount(),
                quality.duplicateGroupCount());
    }

    @Description("Missing and out-of-range answers of one question.")
    public record QuestionQuality(
            @NonNull String questionCode, int missingCount, double missingShare, int outOfRangeCount) {}
}
