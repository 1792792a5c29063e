package org.psychograph.survey.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.psychograph.survey.model.Survey;

@ApplicationScoped
public class SurveyRepository implements PanacheRepositoryBase<Survey, UUID> {

    /** A page of surveys of the given workspaces, newest first, after the (createdAt, id) keyset cursor. */
    public Uni<List<Survey>> page(Collection<String> workspaces, OffsetDateTime afterCreated, UUID afterId, int limit) {
        if (afterCreated == null) {
            return find("workspaceId in ?1 order by createdAt desc, id desc", workspaces)
                    .range(0, limit - 1)
                    .list();
        }
        return find(
                        "workspaceId in ?1 and (createdAt < ?2 or (createdAt = ?2 and id < ?3)) "
                                + "order by createdAt desc, id desc",
                        workspaces,
                        afterCreated,
                        afterId)
                .range(0, limit - 1)
                .list();
    }

    public Uni<Long> countIn(Collection<String> workspaces) {
        return count("workspaceId in ?1", workspaces);
    }
}
