package org.psychograph.segmentation.clustering.profile;

/**
 * Counts of each category per segment, with Pearson's chi-square test of independence.
 *
 * @param categories the categories, sorted
 * @param counts     {@code counts[segment][category]}
 * @param pValue     chi-square p-value (segments or categories without any respondent are left out of the test)
 */
public record CategoricalBreakdown(String code, String[] categories, long[][] counts, double pValue, int missing)
        implements DescriptorBreakdown {}
