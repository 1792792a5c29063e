package org.psychograph.segmentation.clustering;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * How a run clusters: the k range, restarts, iterations, distance, bootstrap effort and the one seed every random
 * choice of the run is derived from.
 *
 * @param kMin                the smallest number of segments tried (at least 2: stability between two one-segment
 *                            solutions is undefined)
 * @param kMax                the largest number of segments tried; equal to kMin for a fixed k
 * @param restarts            k-means++ restarts per k on the full data; the lowest within-segment sum of squares wins
 * @param maxIterations       Lloyd iterations per fit
 * @param distance            the distance clustered with
 * @param bootstrapReplicates bootstrap pairs per k for global stability (0 skips stability)
 * @param bootstrapRestarts   restarts per bootstrap sample. flexclust's {@code bootFlexclust} calls
 *                            {@code stepFlexclust} whose {@code nrep} defaults to 3 (checked in flexclust 1.5's
 *                            R/stepflexclust.R), so 3 is the default here too; the reference stability values were
 *                            made that way
 * @param seed                the run seed
 * @param stabilityPrecision  how precisely each k's median stability must be known before its bootstrap stops
 *                            drawing pairs (half-width of the median's 95% interval, {@link SequentialStability});
 *                            0: every planned pair, as flexclust's {@code bootFlexclust}
 */
public record ClusteringConfig(
        int kMin,
        int kMax,
        int restarts,
        int maxIterations,
        DistanceMeasure distance,
        int bootstrapReplicates,
        int bootstrapRestarts,
        long seed,
        double stabilityPrecision) {

    public static final int DEFAULT_RESTARTS = 10;
    public static final int DEFAULT_MAX_ITERATIONS = 100;
    public static final int DEFAULT_BOOTSTRAP_REPLICATES = 100;
    public static final int DEFAULT_BOOTSTRAP_RESTARTS = 3;

    public ClusteringConfig {
        Objects.requireNonNull(distance, "distance");
        if (kMin < 2 || kMax < kMin) {
            throw new IllegalArgumentException("k range must satisfy 2 <= kMin <= kMax, got " + kMin + ".." + kMax);
        }
        if (restarts < 1 || maxIterations < 1 || bootstrapRestarts < 1) {
            throw new IllegalArgumentException("restarts, maxIterations and bootstrapRestarts must be at least 1");
        }
        if (bootstrapReplicates < 0) {
            throw new IllegalArgumentException("bootstrapReplicates must not be negative");
        }
        if (!(stabilityPrecision >= 0) || stabilityPrecision > 1) {
            throw new IllegalArgumentException("stabilityPrecision must be within 0..1, got " + stabilityPrecision);
        }
    }

    /**
     * A k range with every other setting at its default (L2, 10 restarts, 100 iterations, up to 100 bootstrap pairs,
     * stopping once a k's median stability is known within {@value SequentialStability#DEFAULT_PRECISION}).
     */
    public static ClusteringConfig forRange(int kMin, int kMax, long seed) {
        return new ClusteringConfig(
                kMin,
                kMax,
                DEFAULT_RESTARTS,
                DEFAULT_MAX_ITERATIONS,
                DistanceMeasure.L2,
                DEFAULT_BOOTSTRAP_REPLICATES,
                DEFAULT_BOOTSTRAP_RESTARTS,
                seed,
                SequentialStability.DEFAULT_PRECISION);
    }

    public static ClusteringConfig forFixedK(int k, long seed) {
        return forRange(k, k, seed);
    }

    public ClusteringConfig withRestarts(int newRestarts) {
        return new ClusteringConfig(
                kMin,
                kMax,
                newRestarts,
                maxIterations,
                distance,
                bootstrapReplicates,
                bootstrapRestarts,
                seed,
                stabilityPrecision);
    }

    public ClusteringConfig withMaxIterations(int newMaxIterations) {
        return new ClusteringConfig(
                kMin,
                kMax,
                restarts,
                newMaxIterations,
                distance,
                bootstrapReplicates,
                bootstrapRestarts,
                seed,
                stabilityPrecision);
    }

    public ClusteringConfig withDistance(DistanceMeasure newDistance) {
        return new ClusteringConfig(
                kMin,
                kMax,
                restarts,
                maxIterations,
                newDistance,
                bootstrapReplicates,
                bootstrapRestarts,
                seed,
                stabilityPrecision);
    }

    public ClusteringConfig withBootstrap(int replicates, int restartsPerSample) {
        return new ClusteringConfig(
                kMin, kMax, restarts, maxIterations, distance, replicates, restartsPerSample, seed, stabilityPrecision);
    }

    public ClusteringConfig withSeed(long newSeed) {
        return new ClusteringConfig(
                kMin,
                kMax,
                restarts,
                maxIterations,
                distance,
                bootstrapReplicates,
                bootstrapRestarts,
                newSeed,
                stabilityPrecision);
    }

    /** The same with another precision for the stability medians (0: every planned pair). */
    public ClusteringConfig withStabilityPrecision(double precision) {
        return new ClusteringConfig(
                kMin, kMax, restarts, maxIterations, distance, bootstrapReplicates, bootstrapRestarts, seed, precision);
    }

    /** Whether a k's bootstrap may stop before its planned pairs ({@link SequentialStability}). */
    public boolean sequentialStability() {
        return stabilityPrecision > 0 && bootstrapReplicates > SequentialStability.FIRST_LOOK;
    }

    /**
     * Bootstrap pairs per k on the structureless reference (the basis columns permuted): a tenth of the data's
     * replicates, at least 10 (fewer leave the reference's quartiles to chance) and never more than the data's.
     * The reference needs only a rough level to compare against; with a fifth, a default McDonald's study took
     * 28-38% longer (shuffled data also converges more slowly), against the budget of 30% for the
     * reference and the typing tool together (docs/benchmarks.md).
     */
    public int referenceReplicates() {
        return referenceReplicatesFor(bootstrapReplicates);
    }

    public static int referenceReplicatesFor(int bootstrapReplicates) {
        if (bootstrapReplicates == 0) {
            return 0;
        }
        return Math.min(bootstrapReplicates, Math.max(10, (bootstrapReplicates + 9) / 10));
    }

    /**
     * Respondents drawn per bootstrap sample: all n (with replacement, as flexclust) up to
     * {@value #BOOTSTRAP_SAMPLE_CAP}, that many beyond (an m-out-of-n bootstrap). Stability asks whether a
     * segmentation comes back when the study is done again on another sample; past a few thousand respondents the
     * answer hardly depends on the sample's size, while a fit's cost grows with it, and the bootstrap is nearly all
     * of a study's fits. Both samples of a pair still partition all n rows (their centres assign every respondent),
     * so the agreement is measured on the whole data. Stability grows with the sample's size, so capped medians sit
     * slightly below full-size ones: on 20,000 respondents by at most 0.022 with this cap (0.046 with 5,000),
     * which {@code BootstrapSampleSizeTest} holds to 0.03. On far larger surveys the gap may be larger; a run whose
     * samples were capped says so in its notes.
     */
    public static int bootstrapSampleSize(int respondents) {
        return Math.min(respondents, BOOTSTRAP_SAMPLE_CAP);
    }

    /** What a run's notes say when its bootstrap samples were capped; empty when they were full size. */
    public Optional<String> bootstrapSampleNote(int respondents) {
        if (bootstrapReplicates == 0 || bootstrapSampleSize(respondents) == respondents) {
            return Optional.empty();
        }
        return Optional.of(String.format(
                Locale.ROOT,
                "stability from bootstrap samples of %,d of the %,d respondents (m-out-of-n), each sample's centres"
                        + " assigning all %,d; studies of up to %,d respondents use full-size samples",
                bootstrapSampleSize(respondents),
                respondents,
                respondents,
                BOOTSTRAP_SAMPLE_CAP));
    }

    /** The largest bootstrap sample ({@link #bootstrapSampleSize}). */
    public static final int BOOTSTRAP_SAMPLE_CAP = 8_000;

    public IntStream ks() {
        return IntStream.rangeClosed(kMin, kMax);
    }

    public boolean fixedK() {
        return kMin == kMax;
    }
}
