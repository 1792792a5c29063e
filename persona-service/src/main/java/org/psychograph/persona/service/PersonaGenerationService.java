package org.psychograph.persona.service;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Comparator;
import java.util.List;
import org.jboss.logging.Logger;
import org.psychograph.persona.generation.Meanings;
import org.psychograph.persona.security.Caller;

/**
 * {@code generatePersonas(runId)}: reads the run from segmentation-service and writes its personas.
 * Called by segmentation-service's outbox relay (its service account) and by analysts.
 */
@ApplicationScoped
public class PersonaGenerationService {

    private static final Logger LOG = Logger.getLogger(PersonaGenerationService.class);

    private final VisibleRuns runs;
    private final RulePackService rulePacks;
    private final PersonaWriter writer;
    private final Caller caller;

    public PersonaGenerationService(VisibleRuns runs, RulePackService rulePacks, PersonaWriter writer, Caller caller) {
        this.runs = runs;
        this.rulePacks = rulePacks;
        this.writer = writer;
        this.caller = caller;
    }

    public Uni<List<CurrentPersona>> generate(String runId) {
        caller.requireGenerator();
        String author = caller.name();
        return runs.succeeded(runId, caller.workspaces())
                // the questions are read (sentence model) on a worker thread, before the transaction
                .call(run -> OffLoop.compute(() -> {
                    Meanings.warm(run);
                    return run;
                }))
                .chain(run -> rulePacks
                        .active(run.workspaceId())
                        .chain(pack -> writer.write(run, pack, author).invoke(w -> {
                            if (w.fresh()) {
                                LOG.infof(
                                        "wrote %d personas for run %s with rule pack %s",
                                        w.personas().size(), runId, pack.key());
                            }
                        })))
                .map(w -> w.personas().stream()
                        .map(CurrentPersona::of)
                        .sorted(Comparator.comparing(CurrentPersona::segmentNumber))
                        .toList());
    }
}
