package org.psychograph.segmentation.pipeline;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import org.psychograph.segmentation.clustering.ClusteringConfig;
import org.psychograph.segmentation.model.PlannedTask;
import org.psychograph.segmentation.model.RunPhase;
import org.psychograph.segmentation.model.TaskKind;
import org.psychograph.segmentation.repository.RunStateRepository;
import org.psychograph.segmentation.repository.TaskRepository;

/** After a CLUSTER or BOOTSTRAP task: the run's percent by fits done, and FINALISE once nothing else is left. */
@ApplicationScoped
public class RunProgress {

    private final TaskRepository tasks;
    private final RunStateRepository runs;
    private final RunPlans plans;

    public RunProgress(TaskRepository tasks, RunStateRepository runs, RunPlans plans) {
        this.tasks = tasks;
        this.runs = runs;
        this.plans = plans;
    }

    Uni<Void> afterTask(SqlConnection connection, UUID runId, ClusteringConfig config, RunPhase phase) {
        long total = Math.max(1, plans.plan(config).totalFits());
        return tasks.fitsDone(connection, runId)
                .chain(done -> runs.progress(connection, runId, phase, (int) Math.min(95, 1 + 94 * done / total)))
                .chain(() -> tasks.unfinished(connection, runId, null, null))
                .chain(left -> left > 0
                        ? Uni.createFrom().voidItem()
                        : tasks.enqueue(
                                connection, runId, List.of(new PlannedTask(TaskKind.FINALISE, null, null, null, 0))));
    }
}
