package org.psychograph.segmentation.clustering;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.function.IntUnaryOperator;
import org.psychograph.segmentation.clustering.FitSeeds.Purpose;
import org.tribuo.Dataset;
import org.tribuo.clustering.ClusterID;

/**
 * Runs clustering and bootstrap tasks of one run on one basis dataset. Fits run concurrently on the given
 * executor (size it to the cores; each fit is single-threaded) and are collected in index order, so the result
 * of a task is the same whatever the pool size.
 */
public final class ClusteringEngine {

    private final BasisDataset data;
    private final ClusteringConfig config;
    private final ExecutorService executor;
    private final RunControl control;
    private final KMeansFitter fitter;
    /** Respondents drawn per bootstrap sample, from the number of rows. */
    private final IntUnaryOperator sampleSize;

    public ClusteringEngine(BasisDataset data, ClusteringConfig config, ExecutorService executor, RunControl control) {
        this(data, config, executor, control, ClusteringConfig::bootstrapSampleSize);
    }

    /**
     * With another bootstrap sample size than {@link ClusteringConfig#bootstrapSampleSize}: for the test and the
     * benchmark that compare capped samples with full-size ones.
     */
    public ClusteringEngine(
            BasisDataset data,
            ClusteringConfig config,
            ExecutorService executor,
            RunControl control,
            IntUnaryOperator sampleSize) {
        this.sampleSize = Objects.requireNonNull(sampleSize, "sampleSize");
        this.data = Objects.requireNonNull(data, "data");
        this.config = Objects.requireNonNull(config, "config");
        this.executor = Objects.requireNonNull(executor, "executor");
        this.control = Objects.requireNonNull(control, "control");
        this.fitter = new KMeansFitter(data, config);
    }

    /** Fits the task's restarts on all rows and keeps the lowest within-segment sum of squares. */
    public ClusteringTaskResult run(ClusteringTask task) {
        int k = task.k();
        List<Callable<KMeansFitter.Outcome>> fits = new ArrayList<>();
        for (int r = task.restartFrom(); r < task.restartTo(); r++) {
            int restart = r;
            fits.add(() -> {
                control.checkCancelled();
                KMeansFitter.Outcome outcome = fitter.fit(
                        k,
                        data.tribuoDataset(),
                        null,
                        attempt -> FitSeeds.derive(config.seed(), Purpose.RESTART, k, restart, attempt));
                control.fitsCompleted().accept(1);
                return outcome;
            });
        }
        List<KMeansFitter.Outcome> outcomes = OrderedExecution.run(executor, fits);
        int rejected = 0;
        int failed = 0;
        int bestIndex = -1;
        KMeansFit best = null;
        for (int i = 0; i < outcomes.size(); i++) {
            KMeansFitter.Outcome outcome = outcomes.get(i);
            rejected += outcome.rejectedAttempts();
            if (!outcome.succeeded()) {
                failed++;
            } else if (best == null || outcome.fit().withinSumOfSquares() < best.withinSumOfSquares()) {
                // strict "<": among equal sums the lowest restart index wins, as in the batch combination
                best = outcome.fit();
                bestIndex = task.restartFrom() + i;
            }
        }
        if (best == null) {
            return new ClusteringTaskResult(
                    k,
                    task.restartFrom(),
                    task.restartTo(),
                    -1,
                    0L,
                    Double.NaN,
                    Double.NaN,
                    new double[0][],
                    new byte[0],
                    rejected,
                    failed);
        }
        return new ClusteringTaskResult(
                k,
                task.restartFrom(),
                task.restartTo(),
                bestIndex,
                best.seed(),
                best.withinSumOfSquares(),
                best.withinDistanceSum(),
                best.centroids(),
                best.model().serialize().toByteArray(),
                rejected,
                failed);
    }

    /**
     * Runs the task's bootstrap replicates against the reference solution for the same k (the best full-data
     * solution): global stability (ARI between the two samples' partitions of all rows, as flexclust's
     * {@code bootFlexclust}) and segment-level stability (per reference segment, best Jaccard match on the
     * sampled rows, as Hennig's {@code clusterboot}).
     */
    public BootstrapTaskResult run(BootstrapTask task, SegmentSolution reference) {
        if (reference.k() != task.k() || reference.rows() != data.rows()) {
            throw new IllegalArgumentException("the reference solution (k=" + reference.k() + ", " + reference.rows()
                    + " rows) does not belong to this task (k=" + task.k() + ", " + data.rows() + " rows)");
        }
        List<Callable<ReplicateOutcome>> replicates = new ArrayList<>();
        for (int b = task.replicateFrom(); b < task.replicateTo(); b++) {
            int replicate = b;
            replicates.add(() -> replicate(task.k(), replicate, reference.labels()));
        }
        List<ReplicateOutcome> outcomes = OrderedExecution.run(executor, replicates);
        int count = outcomes.size();
        double[] ari = new double[count];
        double[][] jaccard = new double[count][];
        double[] within = new double[count];
        int rejected = 0;
        for (int i = 0; i < count; i++) {
            ari[i] = outcomes.get(i).adjustedRand();
            within[i] = outcomes.get(i).within();
            jaccard[i] = outcomes.get(i).segmentJaccard();
            rejected += outcomes.get(i).rejectedFits();
        }
        return new BootstrapTaskResult(
                task.k(), task.replicateFrom(), task.replicateTo(), ari, jaccard, rejected, within);
    }

    /**
     * Runs the task's bootstrap replicates for global stability only: for an engine over
     * {@link StructurelessData}, where there is no solution to measure segments against. The samples and fit seeds
     * are the data's (same replicate numbers), so the two stabilities differ by the structure alone.
     */
    public BootstrapTaskResult runGlobalOnly(BootstrapTask task) {
        List<Callable<ReplicateOutcome>> replicates = new ArrayList<>();
        for (int b = task.replicateFrom(); b < task.replicateTo(); b++) {
            int replicate = b;
            replicates.add(() -> replicate(task.k(), replicate, null));
        }
        List<ReplicateOutcome> outcomes = OrderedExecution.run(executor, replicates);
        double[] ari =
                outcomes.stream().mapToDouble(ReplicateOutcome::adjustedRand).toArray();
        double[] within =
                outcomes.stream().mapToDouble(ReplicateOutcome::within).toArray();
        int rejected =
                outcomes.stream().mapToInt(ReplicateOutcome::rejectedFits).sum();
        double[][] noSegments = new double[ari.length][0];
        return new BootstrapTaskResult(
                task.k(), task.replicateFrom(), task.replicateTo(), ari, noSegments, rejected, within);
    }

    private record ReplicateOutcome(double adjustedRand, double[] segmentJaccard, int rejectedFits, double within) {}

    private record SampleSolution(int[] sampleRows, int[] labelsOfAllRows, int rejectedFits, double within) {}

    private ReplicateOutcome replicate(int k, int replicate, int[] referenceLabels) {
        SampleSolution first = clusterSample(k, replicate, 0);
        SampleSolution second = clusterSample(k, replicate, 1);
        int rejected = first.rejectedFits() + second.rejectedFits();
        if (first.labelsOfAllRows() == null || second.labelsOfAllRows() == null) {
            double[] unknown = new double[k];
            Arrays.fill(unknown, Double.NaN);
            return new ReplicateOutcome(Double.NaN, unknown, rejected, Double.NaN);
        }
        double ari = PartitionAgreement.adjustedRandIndex(first.labelsOfAllRows(), k, second.labelsOfAllRows(), k);
        double within = (first.within() + second.within()) / 2;
        if (referenceLabels == null) {
            return new ReplicateOutcome(ari, new double[0], rejected, within);
        }
        double[] jaccardFirst = PartitionAgreement.bestJaccardPerSegment(
                referenceLabels, k, first.labelsOfAllRows(), k, distinct(first.sampleRows()));
        double[] jaccardSecond = PartitionAgreement.bestJaccardPerSegment(
                referenceLabels, k, second.labelsOfAllRows(), k, distinct(second.sampleRows()));
        double[] jaccard = new double[k];
        for (int s = 0; s < k; s++) {
            jaccard[s] = (jaccardFirst[s] + jaccardSecond[s]) / 2;
        }
        return new ReplicateOutcome(ari, jaccard, rejected, within);
    }

    /** Draws sample {@code side} (0 or 1) of a replicate and keeps the best of the bootstrap restarts on it. */
    private SampleSolution clusterSample(int k, int replicate, int side) {
        int[] rows =
                FitSeeds.bootstrapRows(config.seed(), replicate, side, data.rows(), sampleSize.applyAsInt(data.rows()));
        Dataset<ClusterID> view = data.view(rows);
        KMeansFit best = null;
        int rejected = 0;
        for (int r = 0; r < config.bootstrapRestarts(); r++) {
            control.checkCancelled();
            int restart = r;
            KMeansFitter.Outcome outcome = fitter.fit(
                    k,
                    view,
                    rows,
                    attempt -> FitSeeds.derive(
                            config.seed(), Purpose.BOOTSTRAP_FIT, k, replicate, side, restart, attempt));
            control.fitsCompleted().accept(1);
            rejected += outcome.rejectedAttempts();
            if (outcome.succeeded()
                    && (best == null || outcome.fit().withinSumOfSquares() < best.withinSumOfSquares())) {
                best = outcome.fit();
            }
        }
        return new SampleSolution(
                rows,
                best == null ? null : best.labels(),
                rejected,
                best == null ? Double.NaN : best.withinSumOfSquares());
    }

    /** The rows drawn at least once, each once, in row order. */
    private int[] distinct(int[] sampleRows) {
        boolean[] drawn = new boolean[data.rows()];
        int count = 0;
        for (int row : sampleRows) {
            if (!drawn[row]) {
                drawn[row] = true;
                count++;
            }
        }
        int[] rows = new int[count];
        int next = 0;
        for (int row = 0; row < drawn.length; row++) {
            if (drawn[row]) {
                rows[next++] = row;
            }
        }
        return rows;
    }
}
