package org.psychograph.segmentation.pipeline;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.UUID;
import org.psychograph.segmentation.clustering.ClusteringConfig;
import org.psychograph.segmentation.error.ValidationException;
import org.psychograph.segmentation.model.RunSpec;
import org.psychograph.segmentation.repository.RunStateRepository;

/** The analyst's choice of another k: re-profiles that candidate from the stored task results, no re-clustering. */
@ApplicationScoped
public class ChosenK {

    private final RunStateRepository runs;
    private final RunInputs inputs;
    private final FinaliseStep finalise;

    public ChosenK(RunStateRepository runs, RunInputs inputs, FinaliseStep finalise) {
        this.runs = runs;
        this.inputs = inputs;
        this.finalise = finalise;
    }

    public int choose(UUID runId, int k) {
        RunSpec run = runs.spec(runId)
                .await()
                .atMost(Duration.ofSeconds(30))
                .orElseThrow(() -> new ValidationException("runId", "run " + runId + " no longer exists"));
        ClusteringConfig config = RunPlans.clusteringConfig(run.config());
        RunInput input = inputs.load(runId);
        FinaliseStep.Evidence evidence = finalise.evidence(runId, config, RunPlans.personaRange(run.config()), input);
        if (evidence.candidates().stream().noneMatch(c -> c.k() == k)) {
            throw new ValidationException(
                    "k", "k=" + k + " has no solution in this run (every restart left a segment empty)");
        }
        FinaliseStep.Solution solution = finalise.solution(runId, config, input, evidence, k);
        runs.inTransaction(c -> finalise.store(c, runId, solution, evidence.recommendation()))
                .await()
                .atMost(Duration.ofMinutes(5));
        return k;
    }
}
