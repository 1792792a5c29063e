package org.psychograph.persona.api.types;

import io.quarkus.qute.TemplateData;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.psychograph.persona.generation.Evidence;
import org.psychograph.persona.generation.EvidenceKind;

@TemplateData
@Type("Evidence")
@Description("The statistic behind a statement, from the segment it describes.")
public record EvidenceView(
        @NonNull String questionCode,
        @NonNull String questionText,
        @NonNull EvidenceKind kind,
        @Description("CATEGORY_SHARE only: the category") String category,
        @NonNull Double segmentValue,
        @NonNull Double overallValue,
        @Description("segmentValue - overallValue") @NonNull Double difference,

        @Description("PROFILE_MEAN only: difference / overall standard deviation")
        Double standardisedDifference,

        @Description("As segmentation-service computed it (see test)")
        Double pValue,

        String test,
        @Description("pValue < 0.05") @NonNull Boolean significant) {

    /**
     * GraphQL's Float has no NaN or Infinity, and SmallRye GraphQL drops a response that holds one instead of
     * answering: an undefined statistic is served as null, and a non-finite value that must be there is refused
     * here (an answered error for this field).
     */
    public EvidenceView {
        standardisedDifference = finiteOrNull(standardisedDifference);
        pValue = finiteOrNull(pValue);
        requireFinite(segmentValue, "the segment value of " + questionCode);
        requireFinite(overallValue, "the overall value of " + questionCode);
        requireFinite(difference, "the difference on " + questionCode);
    }

    private static Double finiteOrNull(Double value) {
        return value == null || !Double.isFinite(value) ? null : value;
    }

    private static void requireFinite(Double value, String what) {
        if (value != null && !Double.isFinite(value)) {
            throw new IllegalArgumentException(what + " is not a finite number");
        }
    }

    public static EvidenceView of(Evidence e) {
        return new EvidenceView(
                e.questionCode(),
                e.questionText(),
                e.kind(),
                e.category(),
                e.segmentValue(),
                e.overallValue(),
                e.difference(),
                e.standardisedDifference(),
                e.pValue(),
                e.test(),
                e.significant());
    }
}
