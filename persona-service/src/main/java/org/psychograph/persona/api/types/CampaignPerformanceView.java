package org.psychograph.persona.api.types;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.psychograph.persona.campaign.CampaignPerformance;

@Type("CampaignPerformance")
@Description("Campaign outcomes per persona (segment) against the all-segment total.")
public record CampaignPerformanceView(
        String runId,
        String campaign,
        @NonNull SegmentPerformance total,
        @NonNull List<@NonNull SegmentPerformance> segments,

        @Description("Chi-square test of independence of conversion and segment; null with fewer than 2 segments")
        Double conversionChiSquarePValue,

        @Description("The campaigns the results counted here come from, alphabetically: asked without a campaign, "
                + "every campaign of the run's personas (what a campaign filter offers)")
        @NonNull
        List<@NonNull String> campaigns) {

    @Type("SegmentPerformance")
    public record SegmentPerformance(
            @Description("null for the total") String personaId,
            @NonNull String personaName,
            @NonNull Integer results,
            @NonNull Long sent,
            @NonNull Double revenue,
            @NonNull Double revenuePerSent,
            @NonNull RateComparisonView openRate,
            @NonNull RateComparisonView clickRate,
            @NonNull RateComparisonView conversionRate) {}

    public static CampaignPerformanceView of(CampaignPerformance p) {
        return new CampaignPerformanceView(
                p.runId(),
                p.campaign(),
                segment(p.total()),
                p.segments().stream().map(CampaignPerformanceView::segment).toList(),
                p.conversionChiSquarePValue(),
                p.campaigns());
    }

    private static SegmentPerformance segment(CampaignPerformance.SegmentPerformance s) {
        return new SegmentPerformance(
                s.personaId(),
                s.personaName(),
                s.results(),
                s.sent(),
                s.revenue(),
                s.revenuePerSent(),
                RateComparisonView.of(s.openRate()),
                RateComparisonView.of(s.clickRate()),
                RateComparisonView.of(s.conversionRate()));
    }
}
