package org.psychograph.segmentation.jobs;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.UUID;
import org.psychograph.segmentation.clustering.ClusteringConfig;

/** The analyst's choice of another k: re-profiles that candidate from the stored task results, no re-clustering. */
@ApplicationScoped
public class ChosenK {

    private final RunSettings settings;
    private final RunInputStore inputs;
    private final RunFinaliser finaliser;
    private final TaskQueue queue;

    public ChosenK(RunSettings settings, RunInputStore inputs, RunFinaliser finaliser, TaskQueue queue) {
        this.settings = settings;
        this.inputs = inputs;
        this.finaliser = finaliser;
        this.queue = queue;
    }

    public int choose(UUID runId, int k) {
        RunSettings.RunRow run = settings.load(runId);
        ClusteringConfig config = RunSettings.clusteringConfig(run.config());
        RunInput input = inputs.load(runId);
        RunFinaliser.Evidence evidence = finaliser.evidence(runId, config, input);
        if (evidence.candidates().stream().noneMatch(c -> c.k() == k)) {
            throw new org.psychograph.segmentation.error.ValidationException("k",
                    "k=" + k + " has no solution in this run (every restart left a segment empty)");
        }
        RunFinaliser.Solution solution = finaliser.solution(runId, config, input, evidence, k);
        queue.pool().withTransaction(c -> finaliser.store(c, runId, solution, evidence.recommendation()))
                .await().atMost(Duration.ofMinutes(5));
        return k;
    }
}
