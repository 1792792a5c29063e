package org.psychograph.persona.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.psychograph.persona.error.NotFoundException;
import org.psychograph.persona.error.ValidationException;
import org.psychograph.persona.generation.PersonaContent;
import org.psychograph.persona.model.Persona;
import org.psychograph.persona.model.PersonaStatus;
import org.psychograph.persona.model.PersonaVersion;
import org.psychograph.persona.model.VersionChange;
import org.psychograph.persona.repository.PersonaRepository;
import org.psychograph.persona.repository.PersonaVersionRepository;
import org.psychograph.persona.security.Caller;

/** Reading, editing and publishing personas; versions and their differences. */
@ApplicationScoped
public class PersonaService {

    static final int MAX_RUNS = 100;

    private final PersonaRepository personas;
    private final PersonaVersionRepository versions;
    private final Caller caller;

    public PersonaService(PersonaRepository personas, PersonaVersionRepository versions, Caller caller) {
        this.personas = personas;
        this.versions = versions;
        this.caller = caller;
    }

    /** The persona if the caller may see it; NOT_FOUND otherwise (whether absent or another workspace's). */
    @WithSession
    public Uni<Persona> visible(String id, Set<String> workspaces) {
        UUID uuid = parseId(id);
        return personas.findById(uuid).map(p -> {
            if (p == null || !workspaces.contains(p.workspaceId)) {
                throw new NotFoundException("id", "persona " + id + " not found");
            }
            return p;
        });
    }

    @WithSession
    public Uni<List<CurrentPersona>> ofRun(String runId) {
        caller.requireReader();
        Set<String> workspaces = caller.workspaces();
        return personas.fromRun(runId)
                .map(list -> list.stream()
                        .filter(p -> workspaces.contains(p.workspaceId))
                        .map(CurrentPersona::of)
                        .sorted(Comparator.comparing(CurrentPersona::segmentNumber))
                        .toList());
    }

    /** For exports: the persona with the same checks as {@link #persona}. */
    @WithSession
    public Uni<CurrentPersona> readable(String id) {
        caller.requireReader();
        return visible(id, caller.workspaces()).map(CurrentPersona::of);
    }

    /** One list per run id, in the order given; personas of other workspaces are left out. */
    @WithSession
    public Uni<List<List<CurrentPersona>>> ofRuns(List<String> runIds) {
        caller.requireReader();
        if (runIds.size() > MAX_RUNS) {
            throw new ValidationException("runIds", "at most " + MAX_RUNS + " run ids per call");
        }
        Set<String> workspaces = caller.workspaces();
        if (runIds.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return versions.personasOfRuns(Set.copyOf(runIds)).chain(pairs -> {
            Set<UUID> ids = pairs.stream().map(pair -> (UUID) pair[1]).collect(Collectors.toSet());
            Uni<List<Persona>> found = ids.isEmpty() ? Uni.createFrom().item(List.of()) : personas.byIds(ids);
            return found.map(list -> {
                Map<UUID, CurrentPersona> visible = new HashMap<>();
                list.stream()
                        .filter(p -> workspaces.contains(p.workspaceId))
                        .forEach(p -> visible.put(p.id, CurrentPersona.of(p)));
                Map<String, List<CurrentPersona>> byRun = new HashMap<>();
                for (Object[] pair : pairs) {
                    CurrentPersona v = visible.get((UUID) pair[1]);
                    if (v != null) {
                        byRun.computeIfAbsent((String) pair[0], k -> new ArrayList<>())
                                .add(v);
                    }
                }
                return runIds.stream()
                        .map(run -> byRun.getOrDefault(run, List.of()).stream()
                                .sorted(Comparator.comparing(CurrentPersona::segmentNumber))
                                .toList())
                        .toList();
            });
        });
    }

    @WithSession
    public Uni<CurrentPersona> persona(String id) {
        caller.requireReader();
        return visible(id, caller.workspaces()).map(CurrentPersona::of);
    }

    @WithSession
    public Uni<List<NamedVersion>> versions(String id) {
        caller.requireReader();
        return visible(id, caller.workspaces())
                .chain(p -> versions.ofPersona(p.id))
                .map(PersonaService::named);
    }

    /** Versions in order, each with its name, segment and survey (an edit's survey is its run's, from before it). */
    private static List<NamedVersion> named(List<PersonaVersion> list) {
        List<NamedVersion> out = new ArrayList<>();
        Map<String, String> surveyOfRun = new HashMap<>();
        for (PersonaVersion v : list) {
            if (v.surveyId != null) {
                surveyOfRun.put(v.runId, v.surveyId);
            }
            PersonaContent content = ContentCodec.read(v.content);
            out.add(new NamedVersion(v, content.name(), content.segmentNumber(), surveyOfRun.get(v.runId)));
        }
        return out;
    }

    @WithSession
    public Uni<VersionDiff> diff(String id, int from, int to) {
        caller.requireReader();
        return visible(id, caller.workspaces())
                .chain(p -> versions.version(p.id, from)
                        .chain(a -> versions.version(p.id, to).map(b -> {
                            if (a == null) {
                                throw new NotFoundException("from", "persona " + id + " has no version " + from);
                            }
                            if (b == null) {
                                throw new NotFoundException("to", "persona " + id + " has no version " + to);
                            }
                            return new VersionDiff(
                                    from,
                                    to,
                                    VersionDiff.between(ContentCodec.read(a.content), ContentCodec.read(b.content)));
                        })));
    }

    @WithTransaction
    public Uni<CurrentPersona> update(String id, PersonaChanges patch) {
        caller.requireAnalyst();
        String author = caller.name();
        return visible(id, caller.workspaces()).chain(p -> {
            PersonaContent current = ContentCodec.read(p.content);
            PersonaEdit edit = PersonaEdit.apply(current, patch);
            if (edit.changedFields().isEmpty()) {
                return Uni.createFrom().item(CurrentPersona.of(p));
            }
            Set<String> locked = new LinkedHashSet<>(p.lockedFields);
            locked.addAll(edit.changedFields());
            p.lockedFields = new ArrayList<>(locked);
            p.content = ContentCodec.write(edit.content());
            p.version = p.version + 1;
            p.updatedAt = Clock.now();
            PersonaVersion v = PersonaWriter.version(p, null, null, VersionChange.EDITED, author, p.updatedAt);
            v.changedFields = List.copyOf(edit.changedFields());
            return versions.persist(v).map(x -> CurrentPersona.of(p));
        });
    }

    @WithTransaction
    public Uni<CurrentPersona> publish(String id) {
        caller.requireAnalyst();
        return visible(id, caller.workspaces()).map(p -> {
            if (p.status != PersonaStatus.PUBLISHED) {
                p.status = PersonaStatus.PUBLISHED;
                p.publishedAt = Clock.now();
                p.updatedAt = p.publishedAt;
            }
            return CurrentPersona.of(p);
        });
    }

    static UUID parseId(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new NotFoundException("id", "persona " + id + " not found");
        }
    }
}
