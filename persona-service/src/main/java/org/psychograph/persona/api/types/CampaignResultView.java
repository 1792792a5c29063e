package org.psychograph.persona.api.types;

import java.time.OffsetDateTime;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.psychograph.persona.campaign.RecordedResult;
import org.psychograph.persona.model.CampaignResult;

@Type("CampaignResult")
public record CampaignResultView(
        @Id @NonNull String id,
        @NonNull String personaId,
        @NonNull String personaName,
        @NonNull String campaign,
        @NonNull String channel,
        @NonNull String period,
        @NonNull Long sent,
        @NonNull Long opened,
        @NonNull Long clicked,
        @NonNull Long converted,
        @NonNull Double revenue,
        @NonNull String recordedBy,
        @NonNull OffsetDateTime recordedAt) {

    public static CampaignResultView of(RecordedResult recorded) {
        CampaignResult r = recorded.result();
        String personaName = recorded.personaName();
        return new CampaignResultView(
                r.id.toString(),
                r.personaId.toString(),
                personaName,
                r.campaign,
                r.channel,
                r.period,
                r.sent,
                r.opened,
                r.clicked,
                r.converted,
                r.revenue,
                r.recordedBy,
                r.recordedAt);
    }
}
