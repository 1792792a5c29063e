package org.psychograph.persona.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.hibernate.reactive.mutiny.Mutiny;
import org.psychograph.persona.model.PersonaGeneration;

@ApplicationScoped
public class GenerationRepository implements PanacheRepositoryBase<PersonaGeneration, UUID> {

    /** The run's most recent generation: what its personas now show. */
    public Uni<PersonaGeneration> latest(String runId) {
        return find("runId = ?1 order by generatedAt desc", runId).firstResult();
    }

    /** Forgets an earlier generation with this key, before the run is generated with it again. */
    public Uni<Long> forget(String runId, String key) {
        return delete("runId = ?1 and rulePack = ?2", runId, key);
    }

    /**
     * Serialises generations of one survey's personas until the transaction ends, so the outbox relay
     * and an analyst calling at the same moment cannot both write (the second then finds the first's work).
     */
    public Uni<Void> lockSurvey(Mutiny.Session session, String workspaceId, String surveyId) {
        return session.createNativeQuery("select pg_advisory_xact_lock(hashtextextended(:key, 0))")
                .setParameter("key", "persona-generation|" + workspaceId + "|" + surveyId)
                .getSingleResult()
                .replaceWithVoid();
    }
}
