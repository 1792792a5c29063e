package org.psychograph.segmentation.clustering.profile;

/**
 * Mean of a numeric descriptor per segment, with a one-way ANOVA across segments.
 *
 * @param segmentMeans per segment (NaN for a segment without values)
 * @param overallMean  over every respondent with a value
 * @param pValue       one-way ANOVA p-value
 */
public record NumericBreakdown(String code, double[] segmentMeans, double overallMean, double pValue, int missing)
        implements DescriptorBreakdown {}
