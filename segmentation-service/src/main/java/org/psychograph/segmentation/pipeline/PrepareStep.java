package org.psychograph.segmentation.pipeline;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.psychograph.segmentation.clustering.BootstrapTask;
import org.psychograph.segmentation.clustering.ClusteringTask;
import org.psychograph.segmentation.clustering.SegmentationPlan;
import org.psychograph.segmentation.clustering.storage.DataFingerprint;
import org.psychograph.segmentation.error.RunRejected;
import org.psychograph.segmentation.model.ClaimedTask;
import org.psychograph.segmentation.model.PlannedTask;
import org.psychograph.segmentation.model.RunConfig;
import org.psychograph.segmentation.model.RunPhase;
import org.psychograph.segmentation.model.RunSpec;
import org.psychograph.segmentation.model.TaskKind;
import org.psychograph.segmentation.repository.RunStateRepository;
import org.psychograph.segmentation.repository.TaskRepository;

/**
 * PREPARE: reads and prepares the run's data once (see {@link RunInputReader}), refuses a run the data cannot
 * support, stores the input and plans the CLUSTER and REFERENCE tasks.
 */
@ApplicationScoped
public class PrepareStep {

    private final RunInputReader reader;
    private final RunInputs inputs;
    private final RunStateRepository runs;
    private final TaskRepository tasks;
    private final RunPlans plans;

    public PrepareStep(
            RunInputReader reader, RunInputs inputs, RunStateRepository runs, TaskRepository tasks, RunPlans plans) {
        this.reader = reader;
        this.inputs = inputs;
        this.runs = runs;
        this.tasks = tasks;
        this.plans = plans;
    }

    TaskOutcome run(ClaimedTask task, RunSpec run) {
        runs.progress(task.runId(), RunPhase.READING_DATA, 0).await().atMost(Duration.ofSeconds(30));
        RunConfig config = run.config();
        RunInput input = reader.read(run.workspaceId(), run.surveyId(), config);
        int distinct = RunInputReader.distinctRows(input.prepared());
        if (config.kMax() > distinct) {
            throw new RunRejected("kMax: " + config.kMax() + " segments were asked for, but the survey has only "
                    + distinct + " distinct answer patterns on the basis questions");
        }
        if (input.prepared().matrix().rows() < 2 * config.kMax()) {
            throw new RunRejected("surveyId: too few responses ("
                    + input.prepared().matrix().rows() + " usable) for up to " + config.kMax() + " segments");
        }
        SegmentationPlan plan = plans.plan(RunPlans.clusteringConfig(config));
        List<PlannedTask> clusterTasks = new ArrayList<>();
        for (ClusteringTask t : plan.clusteringTasks()) {
            clusterTasks.add(new PlannedTask(
                    TaskKind.CLUSTER, t.k(), t.restartFrom(), t.restartTo(), t.restartTo() - t.restartFrom()));
        }
        // the structureless reference does not depend on any solution: its tasks can run beside the restarts
        int referenceRestarts = RunPlans.clusteringConfig(config).bootstrapRestarts();
        for (BootstrapTask t : plan.referenceTasks()) {
            clusterTasks.add(new PlannedTask(
                    TaskKind.REFERENCE,
                    t.k(),
                    t.replicateFrom(),
                    t.replicateTo(),
                    (t.replicateTo() - t.replicateFrom()) * 2 * referenceRestarts));
        }
        String fingerprint = DataFingerprint.sha256(input.prepared().matrix());
        return new TaskOutcome(
                null,
                connection -> inputs.save(connection, task.runId(), input)
                        .chain(() -> runs.recordInput(
                                connection,
                                task.runId(),
                                input.prepared().matrix().rows(),
                                input.prepared().droppedRespondentIds().size(),
                                fingerprint,
                                org.tribuo.Tribuo.VERSION))
                        .chain(() -> runs.progress(connection, task.runId(), RunPhase.CLUSTERING, 1))
                        .chain(() -> tasks.enqueue(connection, task.runId(), clusterTasks)));
    }
}
