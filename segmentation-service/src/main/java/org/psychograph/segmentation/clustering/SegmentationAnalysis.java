package org.psychograph.segmentation.clustering;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import org.psychograph.segmentation.clustering.preparation.PreparedData;
import org.psychograph.segmentation.clustering.profile.ChosenSolution;
import org.psychograph.segmentation.clustering.profile.Descriptor;
import org.psychograph.segmentation.clustering.profile.SegmentProfiler;
import org.psychograph.segmentation.clustering.storage.DataFingerprint;
import org.psychograph.segmentation.clustering.storage.RunProvenance;
import org.psychograph.segmentation.clustering.storage.SegmentationModel;
import org.tribuo.Tribuo;

/**
 * A whole segmentation run in this process: the same tasks and combination steps a distributed run uses
 * ({@link SegmentationPlan}, {@link ClusteringEngine}, {@link TaskCombination}), executed one after another with
 * the fits of each task spread over the executor. Used by tests, benchmarks and small runs.
 */
public final class SegmentationAnalysis {

    /** Share of the progress bar given to the fits; the rest covers indices and profiling. */
    private static final double FITS_SHARE = 95.0;

    private final ExecutorService executor;
    private final int restartsPerTask;
    private final int replicatesPerTask;

    /** One task per k and phase: all of a k's fits are in flight together, which keeps every core busy. */
    public SegmentationAnalysis(ExecutorService executor) {
        this(executor, Integer.MAX_VALUE, Integer.MAX_VALUE);
    }

    /** With explicit batch sizes, as a job queue would cut the run (the result does not depend on them). */
    public SegmentationAnalysis(ExecutorService executor, int restartsPerTask, int replicatesPerTask) {
        this.executor = Objects.requireNonNull(executor, "executor");
        this.restartsPerTask = restartsPerTask;
        this.replicatesPerTask = replicatesPerTask;
    }

    /**
     * Runs everything on a prepared matrix with a private pool sized to the cores; no descriptors, no progress.
     */
    public static SegmentationResult run(BasisMatrix matrix, ClusteringConfig config) {
        ExecutorService pool = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors());
        try {
            return new SegmentationAnalysis(pool)
                    .run(PreparedData.asIs(matrix), config, List.of(), ProgressListener.none(), () -> false);
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * @param data            the prepared data
     * @param config          the clustering configuration
     * @param descriptors     descriptor columns aligned with the prepared rows
     * @param listener        told the phase and percentage as the run proceeds
     * @param cancelRequested checked before every fit; when it answers true the run stops with
     *                        {@link SegmentationCancelledException}
     */
    public SegmentationResult run(
            PreparedData data,
            ClusteringConfig config,
            List<Descriptor> descriptors,
            ProgressListener listener,
            BooleanSupplier cancelRequested) {
        return run(data, config, PersonaRange.DEFAULT, descriptors, listener, cancelRequested);
    }

    /** As above, recommending k within the given persona range. */
    public SegmentationResult run(
            PreparedData data,
            ClusteringConfig config,
            PersonaRange personaRange,
            List<Descriptor> descriptors,
            ProgressListener listener,
            BooleanSupplier cancelRequested) {
        BasisMatrix matrix = data.matrix();
        // sequential stability looks at its replicates every LOOK_EVERY pairs, so no batch is larger than that
        int replicateBatch = config.sequentialStability()
                ? Math.min(replicatesPerTask, SequentialStability.LOOK_EVERY)
                : replicatesPerTask;
        SegmentationPlan plan = SegmentationPlan.of(
                config,
                Math.min(restartsPerTask, config.restarts()),
                Math.max(1, Math.min(replicateBatch, config.bootstrapReplicates())));
        Progress progress = new Progress(listener, plan.totalFits());
        RunControl control = new RunControl(cancelRequested, progress::fitsCompleted);
        ClusteringEngine engine = new ClusteringEngine(new BasisDataset(matrix), config, executor, control);
        ClusteringEngine reference = config.referenceReplicates() == 0
                ? null
                : new ClusteringEngine(
                        new BasisDataset(StructurelessData.of(matrix, config.seed())), config, executor, control);

        progress.enter(Phase.CLUSTERING);
        List<SegmentSolution> solutions = new ArrayList<>();
        List<String> notes = new ArrayList<>(data.notes());
        config.bootstrapSampleNote(matrix.rows()).ifPresent(notes::add);
        config.ks().forEach(k -> {
            List<ClusteringTaskResult> batches =
                    plan.clusteringTasks(k).stream().map(engine::run).toList();
            Optional<SegmentSolution> best = TaskCombination.bestSolution(matrix, config, k, batches);
            best.ifPresentOrElse(
                    solutions::add,
                    () -> notes.add("k=" + k + ": no restart produced " + k
                            + " non-empty segments (too few distinct respondents?)"));
        });
        if (solutions.isEmpty()) {
            throw new IllegalStateException("no k in " + config.kMin() + ".." + config.kMax()
                    + " could be fitted: every restart left a segment empty");
        }

        progress.enter(Phase.STABILITY);
        List<Candidate> candidates = new ArrayList<>();
        for (SegmentSolution solution : solutions) {
            List<BootstrapTaskResult> batches = bootstrap(engine, plan, config, solution);
            List<BootstrapTaskResult> referenceBatches = reference == null
                    ? List.of()
                    : plan.referenceTasks(solution.k()).stream()
                            .map(reference::runGlobalOnly)
                            .toList();
            StabilityAnalysis stability = TaskCombination.stability(config, solution.k(), batches)
                    .withReference(TaskCombination.referenceStability(config, solution.k(), referenceBatches));
            control.checkCancelled();
            candidates.add(TaskCombination.candidate(matrix, config, solution, stability, executor));
        }

        SequentialStability.note(config, candidates).ifPresent(notes::add);

        progress.enter(Phase.PROFILING);
        StructureAssessment structure = StructureAssessment.assess(candidates);
        KRecommendation recommendation = KRecommendation.recommend(candidates, structure, personaRange);
        Candidate chosen = candidates.stream()
                .filter(c -> c.k() == recommendation.k())
                .findFirst()
                .orElseThrow();
        ChosenSolution profiled = new SegmentProfiler(config.distance()).profile(chosen, data, descriptors);
        SegmentationModel model = model(data, config, chosen.solution());
        progress.enter(Phase.DONE);
        return new SegmentationResult(config, candidates, recommendation, profiled, model, notes, structure);
    }

    /** A k's bootstrap batches in replicate order, up to the one after which its stability is settled. */
    private static List<BootstrapTaskResult> bootstrap(
            ClusteringEngine engine, SegmentationPlan plan, ClusteringConfig config, SegmentSolution solution) {
        List<BootstrapTaskResult> done = new ArrayList<>();
        for (BootstrapTask task : plan.bootstrapTasks(solution.k())) {
            done.add(engine.run(task, solution));
            if (TaskCombination.pairsUsed(config, solution.k(), done).isPresent()) {
                break;
            }
        }
        return done;
    }

    /** Profiles another candidate of a finished run (the analyst chose another k); no re-clustering. */
    public static ChosenSolution profile(
            SegmentationResult result, PreparedData data, int k, List<Descriptor> descriptors) {
        Candidate candidate = result.candidate(k)
                .orElseThrow(() -> new IllegalArgumentException("the run has no candidate with k=" + k));
        return new SegmentProfiler(result.config().distance()).profile(candidate, data, descriptors);
    }

    /** The stored form of any candidate's solution, with its provenance. */
    public static SegmentationModel model(PreparedData data, ClusteringConfig config, SegmentSolution solution) {
        BasisMatrix matrix = data.matrix();
        RunProvenance provenance = new RunProvenance(
                config.seed(),
                Tribuo.VERSION,
                config,
                DataFingerprint.sha256(matrix),
                matrix.rows(),
                matrix.variables(),
                solution.k(),
                solution.restartIndex(),
                solution.seed());
        return SegmentationModel.of(solution, config.distance(), data.parameters(), provenance);
    }

    /** Turns fit counts from worker threads into serialised, non-decreasing percentages. */
    private static final class Progress {
        private final ProgressListener listener;
        private final long totalFits;
        private final AtomicLong fitsDone = new AtomicLong();
        private Phase phase = Phase.CLUSTERING;
        private double lastReported = -1;

        Progress(ProgressListener listener, long totalFits) {
            this.listener = listener;
            this.totalFits = Math.max(1, totalFits);
        }

        void fitsCompleted(int fits) {
            long done = fitsDone.addAndGet(fits);
            report(FITS_SHARE * Math.min(done, totalFits) / totalFits);
        }

        synchronized void enter(Phase next) {
            phase = next;
            forceReport(
                    switch (next) {
                        case CLUSTERING, STABILITY -> Math.max(lastReported, 0);
                        case PROFILING -> FITS_SHARE;
                        case DONE -> 100;
                    });
        }

        private synchronized void report(double percent) {
            // at most one call per whole percent keeps the listener (often a database write) cheap
            if (Math.floor(percent) > Math.floor(lastReported)) {
                forceReport(percent);
            }
        }

        private void forceReport(double percent) {
            lastReported = Math.max(lastReported, percent);
            listener.onProgress(phase, lastReported);
        }
    }
}
