package org.psychograph.segmentation.api.types;

import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.psychograph.segmentation.clustering.tracking.DriftVerdict;
import org.psychograph.segmentation.model.ApplicationStatus;

@Type("ModelApplication")
@Description("A run's stored model applied to a survey's respondents (another wave of the study, or the fitting "
        + "survey itself): every respondent placed with the model's own preparation and nearest centre, and the drift "
        + "report against the fitting data. Follow it with modelApplication(id); placements with appliedAssignments.")
public record ModelApplicationView(
        @NonNull @Id String id,
        @NonNull @Id String runId,
        @NonNull @Id String surveyId,
        String surveyTitle,
        @NonNull ApplicationStatus status,

        @Description("Why it failed (FAILED only); VALIDATION when the survey cannot be placed with this model")
        String error,

        @NonNull OffsetDateTime createdAt,
        OffsetDateTime finishedAt,
        @Description("Respondents placed (SUCCEEDED only)") Integer placedCount,

        @Description("Respondents the model could not place, e.g. a missing basis answer when the run dropped "
                + "incomplete respondents (SUCCEEDED only)")
        Integer unplacedCount,

        @Description("The first respondent that could not be placed, and why")
        String unplacedReason,

        @Description("How the placed respondents compare with the data the model was fitted on (SUCCEEDED only)")
        DriftReportView drift) {

    @Type("DriftReport")
    @Description("Whether a model still describes a wave: segment shares against the fitting data's (95% Wilson "
            + "intervals, chi-square test of the change), distances to the segment centres, and the share of "
            + "respondents who fit no segment well (further from their centre than 95% of the fitting data's members "
            + "of that segment).")
    public record DriftReportView(
            @NonNull @Description("STILL_FITS, SHARES_CHANGED or NO_LONGER_FITS")
            DriftVerdict verdict,

            @NonNull @Description("The verdict in words, with its numbers")
            String summary,

            int k,

            @Description("Respondents the model was fitted on")
            int fittingRespondents,

            @Description("Respondents of this wave placed") int waveRespondents,
            @NonNull List<@NonNull SegmentDriftView> segments,

            @Description("Chi-square test of the wave's segment counts against the fitting data's (null when fewer "
                    + "than two segments have members)")
            ShareTestView shareTest,

            @NonNull @Description("Share of the wave's respondents who fit no segment well")
            ShareView misfit,

            @Description("The misfit share expected when nothing changed (5%)")
            double expectedMisfitShare,

            @NonNull List<@NonNull String> notes) {}

    @Type("SegmentDrift")
    public record SegmentDriftView(
            int segmentNumber,

            @Description("Share of the fitting data in this segment")
            double fittingShare,

            @NonNull @Description("Share of the wave in this segment, with its 95% interval")
            ShareView waveShare,

            @Description("Wave share minus fitting share (a proportion: 0.09 is 9 points)")
            double shareChange,

            @Description("Mean distance of the fitting data's members to the centre (null: no members)")
            Double fittingMeanDistance,

            @Description("Mean distance of the wave's members to the centre (null: no members)")
            Double waveMeanDistance,

            @Description("95th percentile of the fitting members' distances: beyond it a respondent fits poorly")
            Double misfitDistance,

            @Description("Share of the wave's members of this segment beyond misfitDistance (null: no members)")
            ShareView waveMisfit) {}

    @Type("ShareEstimate")
    @Description("A share of respondents with its 95% Wilson score interval.")
    public record ShareView(int count, int total, double value, double low, double high) {}

    @Type("ShareChangeTest")
    public record ShareTestView(
            double statistic,
            int degreesOfFreedom,
            double pValue,

            @NonNull @Description("Segments left out of the test because both datasets have no member there")
            List<@NonNull Integer> segmentsLeftOut) {}
}
