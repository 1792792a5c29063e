package org.psychograph.persona.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import org.psychograph.persona.model.PersonaVersion;

@ApplicationScoped
public class PersonaVersionRepository implements PanacheRepositoryBase<PersonaVersion, UUID> {

    public Uni<List<PersonaVersion>> ofPersona(UUID personaId) {
        return find("personaId = ?1 order by version", personaId).list();
    }

    public Uni<PersonaVersion> version(UUID personaId, int version) {
        return find("personaId = ?1 and version = ?2", personaId, version).firstResult();
    }
}
