package org.psychograph.persona.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.hibernate.reactive.mutiny.Mutiny;
import org.psychograph.persona.model.PersonaGeneration;

@ApplicationScoped
public class GenerationRepository implements PanacheRepositoryBase<PersonaGeneration, UUID> {

    public Uni<PersonaGeneration> find(String runId, String rulePack) {
        return find("runId = ?1 and rulePack = ?2", runId, rulePack).firstResult();
    }

    /**
     * Serialises generations of one survey's personas until the transaction ends, so the outbox relay
     * and an analyst calling at the same moment cannot both write (the second then finds the first's work).
     */
    public Uni<Void> lockSurvey(Mutiny.Session session, String workspaceId, String surveyId) {
        return session.createNativeQuery("select pg_advisory_xact_lock(hashtextextended(:key, 0))")
                .setParameter("key", "persona-generation|" + workspaceId + "|" + surveyId)
                .getSingleResult().replaceWithVoid();
    }
}
