package org.psychograph.persona.campaign;

import org.hipparchus.distribution.continuous.NormalDistribution;

/**
 * A proportion with its Wilson score 95% interval: unlike the normal approximation it stays inside
 * [0, 1] and behaves for small counts and rates near 0 or 1.
 */
public record Rate(long successes, long trials, double value, double low, double high) {

    /** z for a two-sided 95% interval, from the normal distribution rather than a rounded 1.96. */
    static final double Z95 = new NormalDistribution(0, 1).inverseCumulativeProbability(0.975);

    public static Rate wilson(long successes, long trials) {
        if (trials <= 0) {
            return new Rate(successes, trials, 0, 0, 0);
        }
        double n = trials;
        double p = successes / n;
        double z2 = Z95 * Z95;
        double denominator = 1 + z2 / n;
        double centre = (p + z2 / (2 * n)) / denominator;
        double half = Z95 * Math.sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / denominator;
        return new Rate(successes, trials, p, Math.max(0, centre - half), Math.min(1, centre + half));
    }
}
