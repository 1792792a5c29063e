package org.psychograph.persona.repository;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.psychograph.persona.model.MeaningCorrection;
import org.psychograph.persona.rules.Direction;

@ApplicationScoped
public class MeaningCorrectionRepository implements PanacheRepositoryBase<MeaningCorrection, UUID> {

    public Uni<List<MeaningCorrection>> ofSurvey(String workspaceId, String surveyId) {
        return list("workspaceId = ?1 and surveyId = ?2 order by questionCode", workspaceId, surveyId);
    }

    /** Sets a question's correction, inserting or replacing it in one statement (safe against a concurrent one). */
    public Uni<Void> upsert(
            String workspaceId,
            String surveyId,
            String questionCode,
            String concept,
            Direction pole,
            String author,
            OffsetDateTime at) {
        return Panache.getSession()
                .chain(session -> session.createNativeQuery("""
                INSERT INTO question_meaning_correction
                    (id, workspace_id, survey_id, question_code, concept, pole, corrected_by, corrected_at)
                VALUES (:id, :workspace, :survey, :code, CAST(:concept AS text), CAST(:pole AS text), :author, :at)
                ON CONFLICT (workspace_id, survey_id, question_code) DO UPDATE SET concept = excluded.concept,
                    pole = excluded.pole, corrected_by = excluded.corrected_by, corrected_at = excluded.corrected_at
                """)
                        .setParameter("id", UUID.randomUUID())
                        .setParameter("workspace", workspaceId)
                        .setParameter("survey", surveyId)
                        .setParameter("code", questionCode)
                        .setParameter("concept", concept)
                        .setParameter("pole", pole == null ? null : pole.name())
                        .setParameter("author", author)
                        .setParameter("at", at)
                        .executeUpdate())
                .replaceWithVoid();
    }
}
