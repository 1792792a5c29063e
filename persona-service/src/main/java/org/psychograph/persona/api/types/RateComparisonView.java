package org.psychograph.persona.api.types;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.psychograph.persona.campaign.RateComparison;

@Type("RateComparison")
@Description("A rate (successes / sent) with its Wilson 95% interval, its lift over the all-segment rate, and a "
        + "two-proportion z-test of this segment against all the others.")
public record RateComparisonView(
        @NonNull Long successes,
        @NonNull Long trials,
        @NonNull Double rate,
        @NonNull Double low,
        @NonNull Double high,

        @Description("rate / all-segment rate - 1; null when the all-segment rate is 0")
        Double lift,

        @Description("null for the all-segment total or when the test is undefined")
        Double pValue,

        @Description("pValue < 0.05") @NonNull Boolean significant) {

    public static RateComparisonView of(RateComparison r) {
        return new RateComparisonView(
                r.successes(), r.trials(), r.rate(), r.low(), r.high(), r.lift(), r.pValue(), r.significant());
    }
}
