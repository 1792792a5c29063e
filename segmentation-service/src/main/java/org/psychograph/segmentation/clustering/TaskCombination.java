package org.psychograph.segmentation.clustering;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.ExecutorService;
import java.util.function.ToIntFunction;

/**
 * Combines task results deterministically, whatever the batching and the order in which tasks finished: the best
 * restart across batches (lowest within-segment sum of squares, ties to the lowest restart index), bootstrap
 * values concatenated in replicate order, and the evidence of a candidate.
 */
public final class TaskCombination {

    private TaskCombination() {}

    /**
     * The best solution for k from its restart batches, which must cover restarts 0..restarts-1 exactly once.
     * Empty when no restart produced k non-empty segments.
     */
    public static Optional<SegmentSolution> bestSolution(
            BasisMatrix matrix, ClusteringConfig config, int k, List<ClusteringTaskResult> batches) {
        List<ClusteringTaskResult> ordered = inOrder(
                batches,
                k,
                ClusteringTaskResult::k,
                ClusteringTaskResult::restartFrom,
                ClusteringTaskResult::restartTo,
                config.restarts(),
                "restarts");
        ClusteringTaskResult best = null;
        for (ClusteringTaskResult batch : ordered) {
            if (batch.hasSolution()
                    && (best == null
                            || batch.withinSumOfSquares() < best.withinSumOfSquares()
                            || batch.withinSumOfSquares() == best.withinSumOfSquares()
                                    && batch.bestRestart() < best.bestRestart())) {
                best = batch;
            }
        }
        if (best == null) {
            return Optional.empty();
        }
        return Optional.of(orderBySize(matrix, config.distance(), best));
    }

    /**
     * Global and segment-level stability for k from its bootstrap batches: on the leading replicates that
     * {@link SequentialStability} says the k uses. The batches must cover those exactly once from replicate 0;
     * batches beyond them (done by a worker while the k's stability was being settled) are left out.
     */
    public static StabilityAnalysis stability(ClusteringConfig config, int k, List<BootstrapTaskResult> batches) {
        if (config.bootstrapReplicates() == 0) {
            return StabilityAnalysis.none(k);
        }
        List<BootstrapTaskResult> leading = leadingBatches(batches, k);
        double[] leadingAri = leadingAri(leading);
        int replicates = SequentialStability.pairsUsed(
                        leadingAri, leadingAri.length, config.bootstrapReplicates(), config.stabilityPrecision())
                .orElseThrow(() -> new IllegalArgumentException("the batches for k=" + k + " cover "
                        + leadingAri.length + " of " + config.bootstrapReplicates()
                        + " bootstrap replicates, and their median is not yet precise enough"));
        double[] ari = Arrays.copyOf(leadingAri, replicates);
        double[][] jaccardBySegment = new double[k][replicates];
        double[] within = new double[replicates];
        boolean withinKnown = true;
        int rejected = 0;
        for (BootstrapTaskResult batch : leading) {
            if (batch.replicateFrom() >= replicates) {
                break;
            }
            int used = Math.min(batch.adjustedRand().length, replicates - batch.replicateFrom());
            for (int i = 0; i < used; i++) {
                for (int s = 0; s < k; s++) {
                    jaccardBySegment[s][batch.replicateFrom() + i] = batch.segmentJaccard()[i][s];
                }
            }
            if (batch.sampleWithinSumOfSquares() == null) {
                withinKnown = false;
            } else {
                System.arraycopy(batch.sampleWithinSumOfSquares(), 0, within, batch.replicateFrom(), used);
            }
            // a batch is counted whole: its rejected fits are not recorded per replicate
            rejected += batch.rejectedFits();
        }
        List<SegmentStability> segments = new ArrayList<>(k);
        for (int s = 0; s < k; s++) {
            segments.add(SegmentStability.of(s, jaccardBySegment[s]));
        }
        return new StabilityAnalysis(k, GlobalStability.of(ari), segments, rejected)
                .withSampleWithin(withinKnown ? within : new double[0]);
    }

    /** The batches that cover replicates 0, 1, ... without a gap, in order (a later batch after a gap is left out). */
    private static List<BootstrapTaskResult> leadingBatches(List<BootstrapTaskResult> batches, int k) {
        List<BootstrapTaskResult> ordered = new ArrayList<>(batches);
        ordered.sort(Comparator.comparingInt(BootstrapTaskResult::replicateFrom));
        List<BootstrapTaskResult> leading = new ArrayList<>();
        int expected = 0;
        for (BootstrapTaskResult batch : ordered) {
            if (batch.k() != k) {
                throw new IllegalArgumentException("a batch for k=" + batch.k() + " was given for k=" + k);
            }
            if (batch.replicateFrom() < expected) {
                throw new IllegalArgumentException(
                        "the batches for k=" + k + " cover bootstrap replicate " + batch.replicateFrom() + " twice");
            }
            if (batch.replicateFrom() > expected) {
                break;
            }
            leading.add(batch);
            expected = batch.replicateTo();
        }
        return leading;
    }

    /**
     * How many pairs k's stability uses, decided from the batches finished so far (in any order): empty while its
     * leading replicates do not decide it yet ({@link SequentialStability#pairsUsed}).
     */
    public static OptionalInt pairsUsed(ClusteringConfig config, int k, List<BootstrapTaskResult> batches) {
        double[] ari = leadingAri(leadingBatches(batches, k));
        return SequentialStability.pairsUsed(
                ari, ari.length, config.bootstrapReplicates(), config.stabilityPrecision());
    }

    /** The ARI of the replicates the leading batches cover, in replicate order. */
    private static double[] leadingAri(List<BootstrapTaskResult> leading) {
        int available = leading.isEmpty() ? 0 : leading.get(leading.size() - 1).replicateTo();
        double[] ari = new double[available];
        for (BootstrapTaskResult batch : leading) {
            System.arraycopy(batch.adjustedRand(), 0, ari, batch.replicateFrom(), batch.adjustedRand().length);
        }
        return ari;
    }

    /** The structureless reference of one k: its global stability and its samples' within sums of squares. */
    public record Reference(GlobalStability stability, double[] within) {
        static Reference none() {
            return new Reference(GlobalStability.none(), new double[0]);
        }
    }

    /** The structureless reference of k from its batches (covering every replicate once). */
    public static Reference referenceStability(ClusteringConfig config, int k, List<BootstrapTaskResult> batches) {
        // no batches at all: a run stored before the reference was measured
        if (config.referenceReplicates() == 0 || batches.isEmpty()) {
            return Reference.none();
        }
        List<BootstrapTaskResult> ordered = inOrder(
                batches,
                k,
                BootstrapTaskResult::k,
                BootstrapTaskResult::replicateFrom,
                BootstrapTaskResult::replicateTo,
                config.referenceReplicates(),
                "reference replicates");
        double[] ari = new double[config.referenceReplicates()];
        double[] within = withinOf(ordered, config.referenceReplicates());
        for (BootstrapTaskResult batch : ordered) {
            System.arraycopy(batch.adjustedRand(), 0, ari, batch.replicateFrom(), batch.adjustedRand().length);
        }
        return new Reference(GlobalStability.of(ari), within);
    }

    /** The samples' within sums of squares in replicate order; empty when a batch predates them. */
    private static double[] withinOf(List<BootstrapTaskResult> ordered, int replicates) {
        double[] within = new double[replicates];
        for (BootstrapTaskResult batch : ordered) {
            if (batch.sampleWithinSumOfSquares() == null) {
                return new double[0];
            }
            System.arraycopy(
                    batch.sampleWithinSumOfSquares(),
                    0,
                    within,
                    batch.replicateFrom(),
                    batch.sampleWithinSumOfSquares().length);
        }
        return within;
    }

    /** The candidate for a solution: its sums, internal indices and bootstrap evidence. */
    public static Candidate candidate(
            BasisMatrix matrix,
            ClusteringConfig config,
            SegmentSolution solution,
            StabilityAnalysis stability,
            ExecutorService executor) {
        ValidityIndices.Values indices = ValidityIndices.compute(
                matrix, solution.labels(), solution.k(), config.distance(), config.seed(), executor);
        return new Candidate(
                solution.k(),
                solution.withinSumOfSquares(),
                solution.withinDistanceSum(),
                indices.silhouette(),
                indices.silhouetteSampleSize(),
                indices.calinskiHarabasz(),
                indices.daviesBouldin(),
                stability,
                solution);
    }

    /**
     * Renumbers the clusters of the best fit so that segment 0 is the largest (equal sizes keep Tribuo's order)
     * and assigns every row to its nearest centroid.
     */
    static SegmentSolution orderBySize(BasisMatrix matrix, DistanceMeasure distance, ClusteringTaskResult best) {
        int k = best.k();
        int[] clusterLabels = new NearestCentroids(best.centroids(), distance).labels(matrix.values());
        int[] clusterSizes = ValidityIndices.sizes(clusterLabels, k);
        Integer[] clustersBySize = new Integer[k];
        for (int c = 0; c < k; c++) {
            clustersBySize[c] = c;
        }
        Arrays.sort(
                clustersBySize,
                Comparator.<Integer>comparingInt(c -> -clusterSizes[c]).thenComparingInt(c -> c));
        int[] segmentOfCluster = new int[k];
        double[][] centroids = new double[k][];
        int[] sizes = new int[k];
        for (int s = 0; s < k; s++) {
            int cluster = clustersBySize[s];
            segmentOfCluster[cluster] = s;
            centroids[s] = best.centroids()[cluster].clone();
            sizes[s] = clusterSizes[cluster];
        }
        int[] labels = new int[clusterLabels.length];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = segmentOfCluster[clusterLabels[i]];
        }
        return new SegmentSolution(
                k,
                centroids,
                labels,
                sizes,
                best.withinSumOfSquares(),
                best.withinDistanceSum(),
                best.bestRestart(),
                best.bestSeed(),
                best.tribuoModel(),
                segmentOfCluster);
    }

    private static <R> List<R> inOrder(
            List<R> batches,
            int k,
            ToIntFunction<R> kOf,
            ToIntFunction<R> from,
            ToIntFunction<R> to,
            int total,
            String what) {
        List<R> ordered = new ArrayList<>(batches);
        ordered.sort(Comparator.comparingInt(from));
        int expected = 0;
        for (R batch : ordered) {
            if (kOf.applyAsInt(batch) != k) {
                throw new IllegalArgumentException("a batch for k=" + kOf.applyAsInt(batch) + " was given for k=" + k);
            }
            if (from.applyAsInt(batch) != expected) {
                throw new IllegalArgumentException(
                        "the batches for k=" + k + " do not cover " + what + " " + expected + " exactly once");
            }
            expected = to.applyAsInt(batch);
        }
        if (expected != total) {
            throw new IllegalArgumentException(
                    "the batches for k=" + k + " cover " + expected + " of " + total + " " + what);
        }
        return ordered;
    }
}
