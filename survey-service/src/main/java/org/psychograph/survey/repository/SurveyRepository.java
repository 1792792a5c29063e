package org.psychograph.survey.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
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

    /**
     * The tracker a survey belongs to, named by its first wave's id (the survey's own id when it has no waves), or
     * null when the survey is not in one of these workspaces. A projection, not an entity: the rows are loaded only
     * once the tracker is locked ({@link #lockTracker}), so none is read stale from the session.
     */
    public Uni<UUID> trackerOf(UUID surveyId, Collection<String> workspaces) {
        return getSession()
                .chain(session -> session.createSelectionQuery(
                                "select coalesce(trackerId, id) from Survey where id = ?1 and workspaceId in ?2",
                                UUID.class)
                        .setParameter(1, surveyId)
                        .setParameter(2, workspaces)
                        .getSingleResultOrNull());
    }

    /**
     * Locks a tracker for the rest of the transaction (its first wave's row: every change to a tracker's waves takes
     * it, so labels are checked and written one change at a time) and answers its waves, or the survey alone when it
     * has none yet.
     */
    public Uni<List<Survey>> lockTracker(UUID trackerId) {
        return findById(trackerId, LockModeType.PESSIMISTIC_WRITE)
                .chain(() -> list("id = ?1 or trackerId = ?1", trackerId));
    }
}
