package org.psychograph.segmentation.api.types;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("TypingTool")
@Description("The fewest basis questions (golden questions) that place a new respondent in a segment of the chosen "
        + "solution, with the accuracy measured on respondents held out from choosing and training. assignSegment "
        + "accepts just their answers.")
public record TypingToolView(
        @NonNull @Description("The questions to ask, in order")
        List<@NonNull GoldenQuestionView> goldenQuestions,

        @NonNull
        @Description("Cross-validated accuracy (stratified 5-fold on the selection respondents) for the first 1..N "
                + "questions in the order they were chosen")
        List<@NonNull AccuracyPointView> accuracyCurve,

        @Description("The accuracy asked for (0.85)") double targetAccuracy,

        @Description("Whether the golden questions reach the target (cross-validated)")
        boolean targetReached,

        @Description("The golden questions' cross-validated accuracy")
        double crossValidatedAccuracy,

        @Description("Share of holdout respondents placed in their own segment; they played no part in choosing the "
                + "questions or training the classifier")
        double holdoutAccuracy,

        @Description("Holdout respondents (a stratified fifth)")
        int holdoutSize,

        @Description("Respondents the questions were chosen on and the classifier trained on")
        int selectionSize,

        @NonNull @Description("Holdout counts: row = true segment, column = predicted segment (both from 1)")
        List<@NonNull List<@NonNull Integer>> confusionMatrix,

        @NonNull
        @Description("The scoring rule: per segment, intercept + sum of weight x answer (answer units, in the order "
                + "of goldenQuestions); the highest score is the segment")
        List<@NonNull SegmentScoreView> scoring,

        @NonNull @Description("The Tribuo provenance of the classifier (multinomial logistic regression)")
        String provenance) {

    @Type("GoldenQuestion")
    public record GoldenQuestionView(
            @NonNull String code,
            @NonNull String text,
            @Description("Lowest answer (null: unbounded)") Double scaleMin,
            @Description("Highest answer (null: unbounded)") Double scaleMax) {}

    @Type("AccuracyPoint")
    public record AccuracyPointView(
            int questions,

            @NonNull @Description("The question added at this step")
            String added,

            double crossValidatedAccuracy) {}

    @Type("SegmentScore")
    public record SegmentScoreView(
            int segmentNumber, double intercept, @NonNull List<@NonNull Double> weights) {}
}
