package org.psychograph.persona.api;

import io.smallrye.mutiny.Uni;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.psychograph.persona.api.types.CampaignPerformanceView;
import org.psychograph.persona.api.types.CampaignResultView;
import org.psychograph.persona.api.types.Inputs.CampaignResultInput;
import org.psychograph.persona.campaign.CampaignOutcome;
import org.psychograph.persona.campaign.CampaignService;

/** Campaign outcomes per persona and their comparison. */
@GraphQLApi
public class CampaignGraphQLApi {

    private final CampaignService campaigns;

    public CampaignGraphQLApi(CampaignService campaigns) {
        this.campaigns = campaigns;
    }

    @Mutation("recordCampaignResult")
    @Description("Records one campaign outcome for a persona's segment: 0 <= converted <= clicked <= opened <= sent, "
            + "sent >= 1, revenue >= 0.")
    public Uni<@NonNull CampaignResultView> recordCampaignResult(@NonNull CampaignResultInput input) {
        return campaigns
                .record(new CampaignOutcome(
                        input.personaId(),
                        input.campaign(),
                        input.channel(),
                        input.period(),
                        input.sent(),
                        input.opened(),
                        input.clicked(),
                        input.converted(),
                        input.revenue()))
                .map(CampaignResultView::of);
    }

    @Query("campaignPerformance")
    @Description("Open, click and conversion rates per persona with Wilson 95% intervals, lift against the "
            + "all-segment rate and a two-proportion z-test against the other segments. Give a runId, a campaign, "
            + "or both.")
    public Uni<@NonNull CampaignPerformanceView> campaignPerformance(String runId, String campaign) {
        return campaigns.performance(runId, campaign).map(CampaignPerformanceView::of);
    }
}
