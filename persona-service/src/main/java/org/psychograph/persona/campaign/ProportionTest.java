package org.psychograph.persona.campaign;

import org.hipparchus.distribution.continuous.NormalDistribution;

/** Two-proportion z-test (pooled), two-sided: is one segment's rate different from the others'? */
final class ProportionTest {

    private static final NormalDistribution STANDARD_NORMAL = new NormalDistribution(0, 1);

    private ProportionTest() {}

    /** @return the p-value, or null when the test is not defined (no trials on a side, or no variation) */
    static Double pValue(long x1, long n1, long x2, long n2) {
        if (n1 <= 0 || n2 <= 0) {
            return null;
        }
        double pooled = (double) (x1 + x2) / (n1 + n2);
        double se = Math.sqrt(pooled * (1 - pooled) * (1.0 / n1 + 1.0 / n2));
        if (se == 0) {
            return null;
        }
        double z = ((double) x1 / n1 - (double) x2 / n2) / se;
        return 2 * (1 - STANDARD_NORMAL.cumulativeProbability(Math.abs(z)));
    }
}
