package org.psychograph.segmentation.config;

import io.smallrye.config.ConfigMapping;

/**
 * The largest run one request may start ({@code psychograph.runs.*}): a shared worker pool must not take a
 * request that would keep it busy for days. Both are refused at {@code startSegmentation} with VALIDATION.
 */
@ConfigMapping(prefix = "psychograph.runs")
public interface RunLimits {

    /** k-means fits of a run: (kMax - kMin + 1) x (restarts + 2 x bootstrap pairs). */
    long maxFits();

    /** Fits x respondents x basis questions: the work of a run, roughly proportional to its CPU time. */
    long maxCost();
}
