package org.psychograph.persona.service;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.faulttolerance.exceptions.FaultToleranceException;
import org.jboss.logging.Logger;
import org.psychograph.persona.client.RunStatus;
import org.psychograph.persona.client.SegmentationRuns;
import org.psychograph.persona.graphql.types.PersonaView;
import org.psychograph.persona.security.Caller;

/**
 * {@code generatePersonas(runId)}: reads the run from segmentation-service and writes its personas.
 * Called by segmentation-service's outbox relay (its service account) and by analysts.
 */
@ApplicationScoped
public class PersonaGenerationService {

    private static final Logger LOG = Logger.getLogger(PersonaGenerationService.class);

    private final SegmentationRuns runs;
    private final RulePackService rulePacks;
    private final PersonaWriter writer;
    private final Caller caller;

    public PersonaGenerationService(SegmentationRuns runs, RulePackService rulePacks, PersonaWriter writer,
            Caller caller) {
        this.runs = runs;
        this.rulePacks = rulePacks;
        this.writer = writer;
        this.caller = caller;
    }

    public Uni<List<PersonaView>> generate(String runId) {
        caller.requireGenerator();
        // any id that is not a run of the caller's workspaces gets the same answer, so none reveals whether it exists
        if (!RunIds.wellFormed(runId)) {
            throw new NotFoundException("runId", "run " + RunIds.shown(runId) + " not found");
        }
        Set<String> workspaces = caller.workspaces();
        String author = caller.name();
        return runs.run(runId)
                // the breaker open, or the timeout hit: thrown around SegmentationRuns.run, not inside it
                .onFailure(FaultToleranceException.class).transform(e -> new UnavailableException(
                        "segmentation-service is unavailable; try again shortly"))
                .chain(run -> {
            // another workspace's run does not exist for this caller
            if (run == null || !workspaces.contains(run.workspaceId())) {
                throw new NotFoundException("runId", "run " + runId + " not found");
            }
            if (run.status() != RunStatus.SUCCEEDED) {
                throw new ValidationException("runId",
                        "run " + runId + " is " + run.status() + "; personas are written from a SUCCEEDED run");
            }
            if (run.segments().isEmpty()) {
                throw new ValidationException("runId", "run " + runId + " has no segments");
            }
            return rulePacks.active(run.workspaceId())
                    .chain(pack -> writer.write(run, pack, author).invoke(w -> {
                        if (w.fresh()) {
                            LOG.infof("wrote %d personas for run %s with rule pack %s", w.personas().size(), runId,
                                    pack.key());
                        }
                    }));
        }).map(w -> w.personas().stream().map(PersonaService::view)
                .sorted(Comparator.comparing(PersonaView::segmentNumber)).toList());
    }
}
