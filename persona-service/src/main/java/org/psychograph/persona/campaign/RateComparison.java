package org.psychograph.persona.campaign;

/**
 * A rate (successes / sent) with its Wilson 95% interval, its lift over the all-segment rate (null when that rate
 * is 0), and a two-proportion z-test of this segment against all the others (null for the total or when undefined).
 */
public record RateComparison(
        long successes,
        long trials,
        double rate,
        double low,
        double high,
        Double lift,
        Double pValue,
        boolean significant) {

    static final double ALPHA = 0.05;

    static RateComparison of(long successes, long trials, long allSuccesses, long allTrials, boolean total) {
        Rate r = Rate.wilson(successes, trials);
        double overall = allTrials == 0 ? 0 : (double) allSuccesses / allTrials;
        Double lift = total || overall == 0 ? null : r.value() / overall - 1;
        Double p =
                total ? null : ProportionTest.pValue(successes, trials, allSuccesses - successes, allTrials - trials);
        return new RateComparison(successes, trials, r.value(), r.low(), r.high(), lift, p, p != null && p < ALPHA);
    }
}
