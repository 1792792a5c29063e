package org.psychograph.persona.service;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import org.eclipse.microprofile.faulttolerance.exceptions.FaultToleranceException;
import org.psychograph.persona.client.Run;
import org.psychograph.persona.client.RunStatus;
import org.psychograph.persona.client.SegmentationRuns;
import org.psychograph.persona.error.NotFoundException;
import org.psychograph.persona.error.UnavailableException;
import org.psychograph.persona.error.ValidationException;

/**
 * A SUCCEEDED run of one of the caller's workspaces, read from segmentation-service. Any id that is not such a
 * run of the caller's gets the same NOT_FOUND, so none reveals whether it exists elsewhere.
 */
@ApplicationScoped
public class VisibleRuns {

    private final SegmentationRuns runs;

    public VisibleRuns(SegmentationRuns runs) {
        this.runs = runs;
    }

    public Uni<Run> succeeded(String runId, Set<String> workspaces) {
        if (!RunIds.wellFormed(runId)) {
            throw new NotFoundException("runId", "run " + RunIds.shown(runId) + " not found");
        }
        return runs.run(runId)
                // the breaker open, or the timeout hit: thrown around SegmentationRuns.run, not inside it
                .onFailure(FaultToleranceException.class)
                .transform(e -> new UnavailableException("segmentation-service is unavailable; try again shortly"))
                .map(run -> {
                    if (run == null || !workspaces.contains(run.workspaceId())) {
                        throw new NotFoundException("runId", "run " + runId + " not found");
                    }
                    if (run.status() != RunStatus.SUCCEEDED) {
                        throw new ValidationException(
                                "runId",
                                "run " + runId + " is " + run.status() + "; personas are written from a SUCCEEDED run");
                    }
                    if (run.segments().isEmpty()) {
                        throw new ValidationException("runId", "run " + runId + " has no segments");
                    }
                    return run;
                });
    }
}
