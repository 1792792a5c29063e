package org.psychograph.segmentation.jobs;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import org.jboss.logging.Logger;
import org.psychograph.segmentation.clustering.BasisDataset;
import org.psychograph.segmentation.clustering.BootstrapTask;
import org.psychograph.segmentation.clustering.BootstrapTaskResult;
import org.psychograph.segmentation.clustering.ClusteringConfig;
import org.psychograph.segmentation.clustering.ClusteringEngine;
import org.psychograph.segmentation.clustering.ClusteringTask;
import org.psychograph.segmentation.clustering.ClusteringTaskResult;
import org.psychograph.segmentation.clustering.ResultCodec;
import org.psychograph.segmentation.clustering.RunControl;
import org.psychograph.segmentation.clustering.SegmentSolution;
import org.psychograph.segmentation.clustering.SegmentationPlan;
import org.psychograph.segmentation.clustering.TaskCombination;
import org.psychograph.segmentation.clustering.storage.DataFingerprint;
import org.psychograph.segmentation.model.RunConfig;
import org.psychograph.segmentation.model.RunPhase;
import org.psychograph.segmentation.model.TaskKind;
import org.psychograph.segmentation.error.RunRejected;
import org.psychograph.segmentation.stored.Compression;

/**
 * Does one task and says what must happen in the completing transaction: store its result and plan
 * what comes next (PREPARE plans the CLUSTER tasks; the last CLUSTER task of a k plans its BOOTSTRAP
 * tasks; the last task of a run plans FINALISE).
 */
@ApplicationScoped
public class TaskRunner {

    private static final Logger LOG = Logger.getLogger(TaskRunner.class);

    /** The outcome of a task: its stored result and the follow-up planning to run when it completes. */
    public record Outcome(byte[] result, Function<SqlConnection, Uni<Void>> followUp) {
    }

    private final TaskQueue queue;
    private final RunState runs;
    private final RunInputStore inputs;
    private final RunInputReader reader;
    private final RunFinaliser finaliser;
    private final FitPool fitPool;
    private final RunSettings settings;
    private final java.util.Map<UUID, BasisDataset> datasets = new java.util.LinkedHashMap<>(4, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(java.util.Map.Entry<UUID, BasisDataset> eldest) {
            return size() > 2;
        }
    };

    public TaskRunner(TaskQueue queue, RunState runs, RunInputStore inputs, RunInputReader reader,
            RunFinaliser finaliser, FitPool fitPool, RunSettings settings) {
        this.queue = queue;
        this.runs = runs;
        this.inputs = inputs;
        this.reader = reader;
        this.finaliser = finaliser;
        this.fitPool = fitPool;
        this.settings = settings;
    }

    public Outcome run(ClaimedTask task, BooleanSupplier cancelled) {
        RunSettings.RunRow run = settings.load(task.runId());
        ClusteringConfig config = RunSettings.clusteringConfig(run.config());
        return switch (task.kind()) {
            case PREPARE -> prepare(task, run);
            case CLUSTER -> cluster(task, config, cancelled);
            case BOOTSTRAP -> bootstrap(task, config, cancelled);
            case FINALISE -> finaliser.finalise(task.runId(), run, config);
        };
    }

    private Outcome prepare(ClaimedTask task, RunSettings.RunRow run) {
        runs.progress(task.runId(), RunPhase.READING_DATA, 0);
        RunConfig config = run.config();
        RunInput input = reader.read(run.workspaceId(), run.surveyId(), config);
        int distinct = RunInputReader.distinctRows(input.prepared());
        if (config.kMax() > distinct) {
            throw new RunRejected("kMax: " + config.kMax() + " segments were asked for, but the survey has only "
                    + distinct + " distinct answer patterns on the basis questions");
        }
        if (input.prepared().matrix().rows() < 2 * config.kMax()) {
            throw new RunRejected("surveyId: too few responses (" + input.prepared().matrix().rows()
                    + " usable) for up to " + config.kMax() + " segments");
        }
        SegmentationPlan plan = plan(RunSettings.clusteringConfig(config));
        List<PlannedTask> clusterTasks = new ArrayList<>();
        for (ClusteringTask t : plan.clusteringTasks()) {
            clusterTasks.add(new PlannedTask(TaskKind.CLUSTER, t.k(), t.restartFrom(), t.restartTo(),
                    t.restartTo() - t.restartFrom()));
        }
        String fingerprint = DataFingerprint.sha256(input.prepared().matrix());
        return new Outcome(null, connection -> inputs.save(connection, task.runId(), input)
                .chain(() -> runs.recordInput(connection, task.runId(), input.prepared().matrix().rows(),
                        input.prepared().droppedRespondentIds().size(), fingerprint, org.tribuo.Tribuo.VERSION))
                .chain(() -> runs.progress(connection, task.runId(), RunPhase.CLUSTERING, 1))
                .chain(() -> queue.enqueue(connection, task.runId(), clusterTasks)));
    }

    private Outcome cluster(ClaimedTask task, ClusteringConfig config, BooleanSupplier cancelled) {
        RunInput input = inputs.load(task.runId());
        ClusteringEngine engine = new ClusteringEngine(dataset(task.runId(), input), config,
                fitPool.executor(), RunControl.cancellable(cancelled));
        ClusteringTaskResult result = engine.run(new ClusteringTask(task.k(), task.rangeFrom(), task.rangeTo()));
        byte[] bytes = Compression.gzip(ResultCodec.toJson(result));
        int k = task.k();
        return new Outcome(bytes, connection -> queue.unfinished(connection, task.runId(), TaskKind.CLUSTER, k)
                .chain(left -> left > 0 ? Uni.createFrom().voidItem()
                        : planBootstrap(connection, task.runId(), input, config, k))
                .chain(() -> afterTask(connection, task.runId(), config, RunPhase.CLUSTERING)));
    }

    private Uni<Void> planBootstrap(SqlConnection connection, UUID runId, RunInput input, ClusteringConfig config,
            int k) {
        return clusterResults(connection, runId, k).chain(results -> {
            Optional<SegmentSolution> best = TaskCombination.bestSolution(input.prepared().matrix(), config, k, results);
            if (best.isEmpty()) {
                LOG.infof("run %s: no solution with %d non-empty segments; k=%d is left out", runId, k, k);
                return Uni.createFrom().voidItem();
            }
            List<PlannedTask> tasks = new ArrayList<>();
            for (BootstrapTask t : plan(config).bootstrapTasks(k)) {
                tasks.add(new PlannedTask(TaskKind.BOOTSTRAP, k, t.replicateFrom(), t.replicateTo(),
                        (t.replicateTo() - t.replicateFrom()) * 2 * config.bootstrapRestarts()));
            }
            return queue.enqueue(connection, runId, tasks);
        });
    }

    private Outcome bootstrap(ClaimedTask task, ClusteringConfig config, BooleanSupplier cancelled) {
        RunInput input = inputs.load(task.runId());
        List<ClusteringTaskResult> results = clusterResults(null, task.runId(), task.k()).await().indefinitely();
        SegmentSolution reference = TaskCombination.bestSolution(input.prepared().matrix(), config, task.k(), results)
                .orElseThrow(() -> new IllegalStateException("no reference solution for k=" + task.k()));
        ClusteringEngine engine = new ClusteringEngine(dataset(task.runId(), input), config,
                fitPool.executor(), RunControl.cancellable(cancelled));
        BootstrapTaskResult result = engine.run(new BootstrapTask(task.k(), task.rangeFrom(), task.rangeTo()), reference);
        byte[] bytes = Compression.gzip(ResultCodec.toJson(result));
        return new Outcome(bytes, connection -> afterTask(connection, task.runId(), config, RunPhase.STABILITY));
    }

    /** Progress by fits done; FINALISE once nothing else is left. */
    private Uni<Void> afterTask(SqlConnection connection, UUID runId, ClusteringConfig config, RunPhase phase) {
        long total = Math.max(1, plan(config).totalFits());
        return queue.fitsDone(connection, runId)
                .chain(done -> runs.progress(connection, runId, phase, (int) Math.min(95, 1 + 94 * done / total)))
                .chain(() -> queue.unfinished(connection, runId, null, null))
                .chain(left -> left > 0 ? Uni.createFrom().voidItem()
                        : queue.enqueue(connection, runId, List.of(new PlannedTask(TaskKind.FINALISE, null, null, null, 0))));
    }

    /**
     * One Tribuo dataset per run in this worker, reused by every task of the run it takes (restart and
     * bootstrap batches only read it; bootstrap samples are views over it).
     */
    private BasisDataset dataset(UUID runId, RunInput input) {
        synchronized (datasets) {
            return datasets.computeIfAbsent(runId, id -> new BasisDataset(input.prepared().matrix()));
        }
    }

    Uni<List<ClusteringTaskResult>> clusterResults(SqlConnection connection, UUID runId, int k) {
        return queue.results(connection, runId, TaskKind.CLUSTER, k).map(list -> list.stream()
                .map(bytes -> ResultCodec.fromJson(Compression.gunzip(bytes), ClusteringTaskResult.class)).toList());
    }

    SegmentationPlan plan(ClusteringConfig config) {
        return SegmentationPlan.of(config, settings.restartsPerTask(), settings.replicatesPerTask());
    }

}
