package org.psychograph.segmentation.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.psychograph.segmentation.model.SegmentationRun;

@ApplicationScoped
public class RunRepository implements PanacheRepositoryBase<SegmentationRun, UUID> {

    public Uni<List<SegmentationRun>> ofSurvey(
            Collection<String> workspaces, String surveyId, OffsetDateTime afterCreated, UUID afterId, int limit) {
        if (afterCreated == null) {
            return find("workspaceId in ?1 and surveyId = ?2 order by createdAt desc, id desc", workspaces, surveyId)
                    .range(0, limit - 1)
                    .list();
        }
        return find(
                        "workspaceId in ?1 and surveyId = ?2 and (createdAt < ?3 or (createdAt = ?3 and id < ?4)) "
                                + "order by createdAt desc, id desc",
                        workspaces,
                        surveyId,
                        afterCreated,
                        afterId)
                .range(0, limit - 1)
                .list();
    }

    public Uni<Long> countOfSurvey(Collection<String> workspaces, String surveyId) {
        return count("workspaceId in ?1 and surveyId = ?2", workspaces, surveyId);
    }

    public Uni<List<SegmentationRun>> byIds(Collection<String> workspaces, Collection<UUID> ids) {
        return list("workspaceId in ?1 and id in ?2", workspaces, ids);
    }

    public Uni<List<SegmentationRun>> ofSurveys(Collection<String> workspaces, Collection<String> surveyIds) {
        return list("workspaceId in ?1 and surveyId in ?2 order by createdAt desc, id desc", workspaces, surveyIds);
    }
}
