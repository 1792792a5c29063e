package org.psychograph.persona.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.psychograph.persona.model.StoredRulePack;

@ApplicationScoped
public class RulePackRepository implements PanacheRepositoryBase<StoredRulePack, UUID> {

    /** The workspace's active pack: its highest version, or null when it uses the default. */
    public Uni<StoredRulePack> active(String workspaceId) {
        return find("workspaceId = ?1 order by version desc", workspaceId).firstResult();
    }

    public Uni<List<StoredRulePack>> ofWorkspaces(Collection<String> workspaces) {
        return find("workspaceId in ?1 order by workspaceId, version desc", workspaces)
                .list();
    }
}
