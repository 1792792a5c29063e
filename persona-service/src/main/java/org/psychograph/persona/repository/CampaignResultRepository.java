package org.psychograph.persona.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.psychograph.persona.model.CampaignResult;

@ApplicationScoped
public class CampaignResultRepository implements PanacheRepositoryBase<CampaignResult, UUID> {

    public Uni<List<CampaignResult>> ofPersonas(Collection<UUID> personaIds, String campaign) {
        if (campaign == null) {
            return find("personaId in ?1 order by recordedAt, id", personaIds).list();
        }
        return find("personaId in ?1 and campaign = ?2 order by recordedAt, id", personaIds, campaign)
                .list();
    }

    public Uni<List<CampaignResult>> ofCampaign(Collection<String> workspaces, String campaign) {
        return find("workspaceId in ?1 and campaign = ?2 order by recordedAt, id", workspaces, campaign)
                .list();
    }
}
