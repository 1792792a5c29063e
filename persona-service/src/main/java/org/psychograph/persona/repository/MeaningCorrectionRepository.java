package org.psychograph.persona.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import org.psychograph.persona.model.MeaningCorrection;

@ApplicationScoped
public class MeaningCorrectionRepository implements PanacheRepositoryBase<MeaningCorrection, UUID> {

    public Uni<List<MeaningCorrection>> ofSurvey(String workspaceId, String surveyId) {
        return list("workspaceId = ?1 and surveyId = ?2 order by questionCode", workspaceId, surveyId);
    }

    public Uni<MeaningCorrection> of(String workspaceId, String surveyId, String questionCode) {
        return find("workspaceId = ?1 and surveyId = ?2 and questionCode = ?3", workspaceId, surveyId, questionCode)
                .firstResult();
    }
}
