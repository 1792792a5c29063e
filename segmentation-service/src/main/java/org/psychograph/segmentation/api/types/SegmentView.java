package org.psychograph.segmentation.api.types;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.psychograph.segmentation.model.DescriptorKind;
import org.psychograph.segmentation.model.Dimension;
import org.psychograph.segmentation.model.FiniteNumbers;

@Type("Segment")
@Description("One segment of a run's chosen solution.")
public record SegmentView(
        @Id @NonNull String id,
        @NonNull String runId,
        @Description("1-based, in size order") int number,

        @Description("The segment's strongest marker variables") @NonNull
        String label,

        int size,
        double share,

        @Description("Mean bootstrap Jaccard similarity of this segment (0..1): how reliably it re-appears")
        Double stability,

        @Description("Segment centre in the questions' original units") @NonNull
        List<@NonNull CentroidValue> centroid,

        @Description("One entry per basis variable") @NonNull
        List<@NonNull ProfileEntry> profile,

        @Description("One entry per descriptor question") @NonNull
        List<@NonNull DescriptorBreakdownView> descriptors) {

    public SegmentView {
        FiniteNumbers.required(share, "the share of segment " + number);
        stability = FiniteNumbers.orNull(stability);
    }

    @Type("CentroidValue")
    public record CentroidValue(@NonNull String questionCode, double value) {

        public CentroidValue {
            FiniteNumbers.required(value, "the segment centre on " + questionCode);
        }
    }

    @Type("ProfileEntry")
    public record ProfileEntry(
            @NonNull String questionCode,
            @NonNull String questionText,
            @NonNull Dimension dimension,
            double segmentMean,
            double overallMean,
            double difference,

            @Description("difference / overall standard deviation")
            double standardisedDifference,

            @Description("Welch t-test of this segment against the rest, Bonferroni-adjusted over the basis variables; "
                    + "null when the test is undefined (pValueNote says why)")
            Double pValue,

            @Description("Why pValue is null (a segment or its rest with fewer than two members), else null")
            String pValueNote,

            @Description("true when |standardisedDifference| >= 0.5 and pValue < 0.05")
            boolean marker) {

        public ProfileEntry {
            FiniteNumbers.required(segmentMean, "the segment mean of " + questionCode);
            FiniteNumbers.required(overallMean, "the overall mean of " + questionCode);
            FiniteNumbers.required(difference, "the difference on " + questionCode);
            FiniteNumbers.required(standardisedDifference, "the standardised difference on " + questionCode);
            pValue = FiniteNumbers.orNull(pValue);
            if (pValue == null && pValueNote == null) {
                pValueNote = "the test is not defined for this segment";
            }
        }
    }

    @Type("DescriptorBreakdown")
    public record DescriptorBreakdownView(
            @NonNull String questionCode,
            @NonNull String questionText,
            @NonNull Dimension dimension,
            @NonNull DescriptorKind kind,

            @Description("chi-square (CATEGORICAL) or one-way ANOVA (NUMERIC) across all segments")
            Double pValue,

            @NonNull String test,
            Double segmentMean,
            Double overallMean,
            @NonNull List<@NonNull CategoryShare> categories) {

        public DescriptorBreakdownView {
            pValue = FiniteNumbers.orNull(pValue);
            segmentMean = FiniteNumbers.orNull(segmentMean);
            overallMean = FiniteNumbers.orNull(overallMean);
        }
    }

    @Type("CategoryShare")
    public record CategoryShare(@NonNull String label, int count, double segmentShare, double overallShare) {

        public CategoryShare {
            FiniteNumbers.required(segmentShare, "the segment share of " + label);
            FiniteNumbers.required(overallShare, "the overall share of " + label);
        }
    }
}
