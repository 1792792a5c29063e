package org.psychograph.persona.campaign;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("RateComparison")
@Description("A rate (successes / sent) with its Wilson 95% interval, its lift over the all-segment rate, and a "
        + "two-proportion z-test of this segment against all the others.")
public record RateComparison(
        @NonNull Long successes,
        @NonNull Long trials,
        @NonNull Double rate,
        @NonNull Double low,
        @NonNull Double high,
        @Description("rate / all-segment rate - 1; null when the all-segment rate is 0") Double lift,
        @Description("null for the all-segment total or when the test is undefined") Double pValue,
        @Description("pValue < 0.05") @NonNull Boolean significant) {

    static final double ALPHA = 0.05;

    static RateComparison of(long successes, long trials, long allSuccesses, long allTrials, boolean total) {
        Rate r = Rate.wilson(successes, trials);
        double overall = allTrials == 0 ? 0 : (double) allSuccesses / allTrials;
        Double lift = total || overall == 0 ? null : r.value() / overall - 1;
        Double p = total ? null
                : ProportionTest.pValue(successes, trials, allSuccesses - successes, allTrials - trials);
        return new RateComparison(successes, trials, r.value(), r.low(), r.high(), lift, p, p != null && p < ALPHA);
    }
}
