package org.psychograph.segmentation.clustering.tracking;

/**
 * One segment in the fitting data and in a wave. Absent values are null (never NaN, which has no JSON or GraphQL
 * form).
 *
 * @param segment             0-based segment number
 * @param fittingCount        fitting respondents in the segment
 * @param fittingShare        their share of the fitting data
 * @param waveShare           the wave's respondents in the segment, with a Wilson 95% interval
 * @param shareChange         wave share minus fitting share (0.09 = 9 percentage points more)
 * @param fittingMeanDistance mean distance to the centre in the fitting data; null when no fitting member
 * @param waveMeanDistance    mean distance to the centre in the wave; null when no wave member
 * @param misfitDistance      the fitting data's 95th percentile of distance; null when no fitting member
 * @param waveMisfit          the segment's wave respondents beyond {@code misfitDistance}; null when no wave member
 */
public record SegmentDrift(
        int segment,
        long fittingCount,
        double fittingShare,
        Share waveShare,
        double shareChange,
        Double fittingMeanDistance,
        Double waveMeanDistance,
        Double misfitDistance,
        Share waveMisfit) {}
