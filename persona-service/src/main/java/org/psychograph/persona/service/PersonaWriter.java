package org.psychograph.persona.service;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.psychograph.persona.client.Run;
import org.psychograph.persona.error.ValidationException;
import org.psychograph.persona.generation.AvatarPainter;
import org.psychograph.persona.generation.ChartPoint;
import org.psychograph.persona.generation.PersonaContent;
import org.psychograph.persona.generation.PersonaGenerator;
import org.psychograph.persona.generation.Regeneration;
import org.psychograph.persona.generation.SegmentMatcher;
import org.psychograph.persona.model.Persona;
import org.psychograph.persona.model.PersonaGeneration;
import org.psychograph.persona.model.PersonaStatus;
import org.psychograph.persona.model.PersonaVersion;
import org.psychograph.persona.model.VersionChange;
import org.psychograph.persona.repository.GenerationRepository;
import org.psychograph.persona.repository.MeaningCorrectionRepository;
import org.psychograph.persona.repository.PersonaRepository;
import org.psychograph.persona.repository.PersonaVersionRepository;
import org.psychograph.persona.rules.RulePack;

/**
 * Writes the personas of a run in one transaction: new lineages for new segments, new versions (keeping
 * locked fields) for segments that continue an existing persona. Idempotent per (run, rule pack).
 */
@ApplicationScoped
public class PersonaWriter {

    private static final Logger LOG = Logger.getLogger(PersonaWriter.class);

    private final PersonaRepository personas;
    private final PersonaVersionRepository versions;
    private final GenerationRepository generations;
    private final MeaningCorrectionRepository corrections;

    public PersonaWriter(
            PersonaRepository personas,
            PersonaVersionRepository versions,
            GenerationRepository generations,
            MeaningCorrectionRepository corrections) {
        this.personas = personas;
        this.versions = versions;
        this.generations = generations;
        this.corrections = corrections;
    }

    /**
     * @return the run's personas and whether this call wrote them (false: already generated with this pack and
     *     these corrections of question meanings)
     */
    @WithTransaction
    public Uni<Written> write(Run run, RulePack pack, String author) {
        return Panache.getSession()
                .chain(session -> generations.lockSurvey(session, run.workspaceId(), run.lineage()))
                .chain(() -> corrections.ofSurvey(run.workspaceId(), run.lineage()))
                .chain(fixes -> {
                    MeaningCorrections meanings = MeaningCorrections.of(fixes);
                    String key = meanings.generationKey(pack);
                    // the personas show the latest generation: only that one makes calling again a no-op (pack A,
                    // then B, then A again writes A's personas again)
                    return generations
                            .latest(run.id())
                            .chain(latest -> latest != null && latest.rulePack.equals(key)
                                    ? personas.fromRun(run.id()).map(list -> new Written(list, false))
                                    : personas.ofSurvey(run.workspaceId(), run.lineage())
                                            .chain(existing -> generate(run, pack, meanings, key, author, existing)));
                });
    }

    /**
     * The personas' content. The generator is pure, so a failure here is about this run's evidence, not a passing
     * fault: it is answered as VALIDATION (final; the outbox stops sending the run) instead of an internal error.
     */
    private static List<PersonaContent> contents(Run run, RulePack pack, MeaningCorrections meanings) {
        try {
            return PersonaGenerator.generate(run, pack, meanings.overrides());
        } catch (RuntimeException e) {
            LOG.warnf(e, "run %s cannot be turned into personas", run.id());
            throw new ValidationException(
                    "runId",
                    "run " + run.id() + " cannot be turned into personas: its segment "
                            + "evidence is incomplete or inconsistent");
        }
    }

    private Uni<Written> generate(
            Run run, RulePack pack, MeaningCorrections meanings, String key, String author, List<Persona> existing) {
        List<PersonaContent> fresh = contents(run, pack, meanings);
        Map<String, Persona> continued = continued(run, fresh, existing);
        List<Persona> result = new ArrayList<>();
        List<PersonaVersion> newVersions = new ArrayList<>();
        List<Persona> created = new ArrayList<>();
        OffsetDateTime now = Clock.now();
        for (PersonaContent content : fresh) {
            Persona p = continued.get(content.segmentId());
            PersonaContent written;
            VersionChange change;
            List<String> changed = List.of();
            if (p == null) {
                p = new Persona();
                p.id = UUID.randomUUID();
                p.workspaceId = run.workspaceId();
                p.surveyId = run.lineage();
                p.lockedFields = List.of();
                p.createdAt = now;
                p.version = 0;
                written = content.withAvatar(AvatarPainter.paint(p.id.toString(), content.primaryArchetype()));
                change = VersionChange.GENERATED;
                created.add(p);
            } else {
                PersonaContent current = ContentCodec.read(p.content);
                written = Regeneration.merge(current, content, new HashSet<>(p.lockedFields))
                        .withAvatar(AvatarPainter.paint(p.id.toString(), content.primaryArchetype()));
                change = VersionChange.REGENERATED;
                changed = VersionDiff.between(current, written).stream()
                        .map(VersionDiff.FieldChange::field)
                        .distinct()
                        .toList();
            }
            p.runId = run.id();
            p.segmentId = content.segmentId();
            p.status = PersonaStatus.DRAFT;
            p.version = p.version + 1;
            p.content = ContentCodec.write(written);
            p.updatedAt = now;
            result.add(p);
            PersonaVersion v = version(p, run, pack, change, author, now);
            v.changedFields = changed;
            newVersions.add(v);
        }
        PersonaGeneration generation = new PersonaGeneration();
        generation.id = UUID.randomUUID();
        generation.workspaceId = run.workspaceId();
        generation.runId = run.id();
        generation.rulePack = key;
        generation.personas = result.size();
        generation.generatedBy = author;
        generation.generatedAt = now;
        // Panache's persist of an empty collection fails ("The Uni set is empty")
        Uni<Void> inserted = created.isEmpty() ? Uni.createFrom().voidItem() : personas.persist(created);
        return inserted.chain(() -> Panache.getSession())
                .chain(session -> session.flush())
                .chain(() -> versions.persist(newVersions))
                .chain(() -> generations.forget(run.id(), key))
                .chain(() -> generations.persist(generation))
                .map(x -> new Written(result, true));
    }

    /**
     * Which existing persona each new segment continues: the same segment when the run is re-generated
     * with another pack; otherwise the persona of an earlier run whose profile is closest.
     */
    private static Map<String, Persona> continued(Run run, List<PersonaContent> fresh, List<Persona> existing) {
        Map<String, Persona> out = new HashMap<>();
        List<Persona> sameRun =
                existing.stream().filter(p -> p.runId.equals(run.id())).toList();
        if (!sameRun.isEmpty()) {
            sameRun.forEach(p -> out.put(p.segmentId, p));
            return out;
        }
        Map<String, List<ChartPoint>> segments = new LinkedHashMap<>();
        fresh.forEach(c -> segments.put(c.segmentId(), c.chart()));
        Map<Persona, List<ChartPoint>> earlier = new LinkedHashMap<>();
        existing.forEach(p -> earlier.put(p, ContentCodec.read(p.content).chart()));
        Set<String> ids = new HashSet<>();
        SegmentMatcher.match(segments, earlier).forEach((segment, persona) -> {
            if (ids.add(persona.id.toString())) {
                out.put(segment, persona);
            }
        });
        return out;
    }

    static PersonaVersion version(
            Persona p, Run run, RulePack pack, VersionChange change, String author, OffsetDateTime now) {
        PersonaVersion v = new PersonaVersion();
        v.id = UUID.randomUUID();
        v.personaId = p.id;
        v.version = p.version;
        v.runId = run == null ? p.runId : run.id();
        // the survey (wave) this version's run segmented; an edit keeps its run, and its survey is read from the
        // version before it
        v.surveyId = run == null ? null : run.surveyId();
        v.rulePack = pack == null ? ContentCodec.read(p.content).rulePack() : pack.key();
        v.change = change;
        v.changedFields = List.of();
        v.author = author;
        v.content = p.content;
        v.createdAt = now;
        return v;
    }

    /** The personas of a generation call and whether the call wrote them. */
    public record Written(List<Persona> personas, boolean fresh) {}
}
