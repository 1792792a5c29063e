package org.psychograph.persona.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.psychograph.persona.model.Persona;

@ApplicationScoped
public class PersonaRepository implements PanacheRepositoryBase<Persona, UUID> {

    /** Personas that have a version generated from the run, in segment order of their current content. */
    public Uni<List<Persona>> fromRun(String runId) {
        return find("id in (select v.personaId from PersonaVersion v where v.runId = ?1) order by createdAt, id", runId)
                .list();
    }

    /** The personas of a survey's segmentation in a workspace (every lineage, whatever run it is at). */
    public Uni<List<Persona>> ofSurvey(String workspaceId, String surveyId) {
        return find("workspaceId = ?1 and surveyId = ?2 order by createdAt, id", workspaceId, surveyId)
                .list();
    }

    public Uni<List<Persona>> byIds(Collection<UUID> ids) {
        return find("id in ?1", ids).list();
    }
}
