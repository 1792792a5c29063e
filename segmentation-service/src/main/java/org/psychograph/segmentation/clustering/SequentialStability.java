package org.psychograph.segmentation.clustering;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import org.hipparchus.distribution.discrete.BinomialDistribution;

/**
 * Sequential bootstrap replicates: a k's stability stops drawing pairs once its median ARI is known to within the
 * run's precision, instead of always drawing every planned pair (flexclust's {@code bootFlexclust}, precision 0).
 *
 * <p>The rule looks at fixed points of the replicate sequence: after the first {@value #FIRST_LOOK} pairs, then
 * every {@value #LOOK_EVERY}. At a look after n pairs it takes the distribution-free 95% interval of the median (the
 * order statistics whose ranks a Binomial(n, 1/2) puts around the middle, so no assumption on the ARI's
 * distribution, which is often skewed or bimodal); when both ends lie within the precision of the median, the k
 * uses those n pairs and no more. A look sees only the first n replicates, which are the same whatever the batch
 * sizes and whichever worker finished first, so a run's stability values never depend on how its work was shared
 * (only the count of rejected fits, kept per batch, includes a batch's pairs beyond the stop).
 */
public final class SequentialStability {

    /** The first look: fewer pairs give quartiles and segment-level medians that are too rough to report. */
    public static final int FIRST_LOOK = 20;

    public static final int LOOK_EVERY = 10;

    /** The default precision of a run's stability medians (half-width of their 95% interval). */
    public static final double DEFAULT_PRECISION = 0.02;

    private static final double CONFIDENCE = 0.95;

    private SequentialStability() {}

    /**
     * The pairs a k's stability is measured on, from the values of its first {@code available} replicates.
     *
     * @param adjustedRand the replicates' ARI in replicate order (at least {@code available} of them; NaN: the
     *                     replicate could not be clustered)
     * @param available    how many leading replicates are done
     * @param planned      the run's bootstrap pairs per k
     * @param precision    the half-width the median's interval must reach; 0 or less: every planned pair
     * @return the first look whose median is that precise, {@code planned} when every pair is done and no look was,
     *     empty when more pairs are needed to decide
     */
    public static OptionalInt pairsUsed(double[] adjustedRand, int available, int planned, double precision) {
        if (available > adjustedRand.length || available > planned) {
            throw new IllegalArgumentException(
                    available + " replicates done of " + planned + " planned, " + adjustedRand.length + " given");
        }
        if (precision > 0) {
            for (int look = FIRST_LOOK; look < planned && look <= available; look += LOOK_EVERY) {
                if (halfWidth(Arrays.copyOf(adjustedRand, look)) <= precision) {
                    return OptionalInt.of(look);
                }
            }
        }
        return available == planned ? OptionalInt.of(planned) : OptionalInt.empty();
    }

    /**
     * The larger distance from the median of these values to an end of its distribution-free 95% interval; infinite
     * when there are too few values for such an interval or some could not be clustered (a look with failed
     * replicates never stops early: what failed is part of the evidence).
     */
    static double halfWidth(double[] values) {
        int n = values.length;
        if (n < 6 || Arrays.stream(values).anyMatch(v -> !Double.isFinite(v))) {
            return Double.POSITIVE_INFINITY;
        }
        // the largest rank l with P(Binomial(n, 1/2) <= l - 1) <= 2.5%: [x(l), x(n + 1 - l)] covers the median
        // with at least 95% probability
        BinomialDistribution binomial = new BinomialDistribution(n, 0.5);
        int lower = 0;
        while (binomial.cumulativeProbability(lower) <= (1 - CONFIDENCE) / 2) {
            lower++;
        }
        if (lower == 0) {
            return Double.POSITIVE_INFINITY;
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        double median = GlobalStability.percentile(sorted, 50);
        return Math.max(median - sorted[lower - 1], sorted[n - lower] - median);
    }

    /** What a run's notes say about the ks whose stability stopped before every planned pair; empty if none. */
    public static Optional<String> note(ClusteringConfig config, List<Candidate> candidates) {
        List<Candidate> stopped = candidates.stream()
                .filter(c -> c.stability().global().replicates() > 0
                        && c.stability().global().replicates() < config.bootstrapReplicates())
                .toList();
        if (stopped.isEmpty()) {
            return Optional.empty();
        }
        String which = stopped.stream()
                .map(c -> "k=" + c.k() + " after " + c.stability().global().replicates())
                .collect(Collectors.joining(", "));
        return Optional.of(String.format(
                Locale.ROOT,
                "stability stopped drawing bootstrap pairs once its median was known within +/-%s (95%% interval):"
                        + " %s of the %d planned pairs",
                java.math.BigDecimal.valueOf(config.stabilityPrecision())
                        .stripTrailingZeros()
                        .toPlainString(),
                which,
                config.bootstrapReplicates()));
    }
}
