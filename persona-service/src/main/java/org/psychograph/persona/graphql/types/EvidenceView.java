package org.psychograph.persona.graphql.types;

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
        @Description("PROFILE_MEAN only: difference / overall standard deviation") Double standardisedDifference,
        @Description("As segmentation-service computed it (see test)") Double pValue,
        String test,
        @Description("pValue < 0.05") @NonNull Boolean significant) {

    public static EvidenceView of(Evidence e) {
        return new EvidenceView(e.questionCode(), e.questionText(), e.kind(), e.category(), e.segmentValue(),
                e.overallValue(), e.difference(), e.standardisedDifference(), e.pValue(), e.test(), e.significant());
    }
}
