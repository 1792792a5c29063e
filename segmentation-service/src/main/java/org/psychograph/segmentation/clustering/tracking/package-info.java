/**
 * Segments over time: does a stored segmentation still describe new waves of data, and how do two runs differ?
 * Pure Java (Hipparchus for the statistics), no Quarkus, no database.
 * <p>
 * A wave placed with a run's model ({@link org.psychograph.segmentation.clustering.tracking.DriftAnalysis}):
 * <ol>
 * <li>{@code DriftAnalysis.ofFitting(k, segments, distances)} from the run's own assignments: per segment its
 * count, mean distance and the 95th percentile of distance ({@link
 * org.psychograph.segmentation.clustering.tracking.FittingBaseline}; small, can be stored).</li>
 * <li>{@code newWave()} gives a {@link org.psychograph.segmentation.clustering.tracking.WaveTally}; {@code add} every
 * placement (segment, distance) as it is made, in one pass, in any number of tallies that are then merged.</li>
 * <li>{@code report(tally)} gives the {@link org.psychograph.segmentation.clustering.tracking.DriftReport}: shares
 * with Wilson intervals, the chi-square comparison of shares, the share of respondents that fit no segment well,
 * a verdict and a sentence.</li>
 * </ol>
 * Two runs ({@link org.psychograph.segmentation.clustering.tracking.RunComparison}): segments matched by the
 * smallest total centre distance ({@link org.psychograph.segmentation.clustering.tracking.SegmentMatching}), centre
 * movement, the migration table of the respondents in both and their adjusted Rand index.
 */
package org.psychograph.segmentation.clustering.tracking;
