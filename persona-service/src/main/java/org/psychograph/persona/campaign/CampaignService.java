package org.psychograph.persona.campaign;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.psychograph.persona.error.ValidationException;
import org.psychograph.persona.model.CampaignResult;
import org.psychograph.persona.model.Persona;
import org.psychograph.persona.repository.CampaignResultRepository;
import org.psychograph.persona.repository.PersonaRepository;
import org.psychograph.persona.security.Caller;
import org.psychograph.persona.service.Clock;
import org.psychograph.persona.service.ContentCodec;
import org.psychograph.persona.service.PersonaService;

/** Campaign outcomes per persona (so per segment), and how the segments compare. */
@ApplicationScoped
public class CampaignService {

    private final CampaignResultRepository results;
    private final PersonaRepository personas;
    private final PersonaService personaService;
    private final Caller caller;

    public CampaignService(
            CampaignResultRepository results,
            PersonaRepository personas,
            PersonaService personaService,
            Caller caller) {
        this.results = results;
        this.personas = personas;
        this.personaService = personaService;
        this.caller = caller;
    }

    @WithTransaction
    public Uni<RecordedResult> record(CampaignOutcome input) {
        caller.requireAnalyst();
        CampaignResultValidator.validate(input);
        String author = caller.name();
        return personaService.visible(input.personaId(), caller.workspaces()).chain(p -> {
            CampaignResult r = new CampaignResult();
            r.id = UUID.randomUUID();
            r.workspaceId = p.workspaceId;
            r.personaId = p.id;
            r.campaign = input.campaign().strip();
            r.channel = input.channel().strip();
            r.period = input.period().strip();
            r.sent = input.sent();
            r.opened = input.opened();
            r.clicked = input.clicked();
            r.converted = input.converted();
            r.revenue = input.revenue() == null ? 0 : input.revenue();
            r.recordedBy = author;
            r.recordedAt = Clock.now();
            return results.persist(r)
                    .map(x -> new RecordedResult(r, ContentCodec.read(p.content).name()));
        });
    }

    /** Performance per persona over the results of a run's personas, of a campaign, or both. */
    @WithSession
    public Uni<CampaignPerformance> performance(String runId, String campaign) {
        caller.requireReader();
        if (runId == null && campaign == null) {
            throw new ValidationException("runId", "give a runId, a campaign, or both");
        }
        Set<String> workspaces = caller.workspaces();
        Uni<List<CampaignResult>> found;
        if (runId != null) {
            found = personas.fromRun(runId)
                    .map(list -> list.stream()
                            .filter(p -> workspaces.contains(p.workspaceId))
                            .map(p -> p.id)
                            .toList())
                    .chain(ids -> ids.isEmpty()
                            ? Uni.createFrom().item(List.<CampaignResult>of())
                            : results.ofPersonas(ids, campaign));
        } else {
            found = workspaces.isEmpty() ? Uni.createFrom().item(List.of()) : results.ofCampaign(workspaces, campaign);
        }
        return found.chain(list -> {
            Set<UUID> ids = list.stream().map(r -> r.personaId).collect(Collectors.toSet());
            Uni<List<Persona>> owners = ids.isEmpty() ? Uni.createFrom().item(List.of()) : personas.byIds(ids);
            return owners.map(ps -> CampaignPerformance.of(
                    runId,
                    campaign,
                    list,
                    ps.stream()
                            .collect(Collectors.toMap(
                                    p -> p.id, p -> ContentCodec.read(p.content).name()))));
        });
    }
}
