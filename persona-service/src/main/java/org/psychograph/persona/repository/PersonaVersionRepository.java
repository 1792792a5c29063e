package org.psychograph.persona.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.psychograph.persona.model.PersonaVersion;

@ApplicationScoped
public class PersonaVersionRepository implements PanacheRepositoryBase<PersonaVersion, UUID> {

    public Uni<List<PersonaVersion>> ofPersona(UUID personaId) {
        return find("personaId = ?1 order by version", personaId).list();
    }

    /** (run id, persona id) pairs: which personas have a version from each of the runs. */
    public Uni<List<Object[]>> personasOfRuns(Collection<String> runIds) {
        return getSession()
                .chain(session -> session.createSelectionQuery(
                                "select distinct v.runId, v.personaId from PersonaVersion v where v.runId in (:runs)",
                                Object[].class)
                        .setParameter("runs", runIds)
                        .getResultList());
    }

    public Uni<PersonaVersion> version(UUID personaId, int version) {
        return find("personaId = ?1 and version = ?2", personaId, version).firstResult();
    }
}
