package org.psychograph.segmentation.clustering.profile;

/**
 * One basis variable in one segment, against the whole sample, in the answers' original units.
 *
 * @param segment                segment number (0 = largest)
 * @param variableCode           the basis variable
 * @param segmentMean            mean in the segment
 * @param overallMean            mean over all respondents of the run
 * @param difference             segment mean minus overall mean
 * @param standardisedDifference difference divided by the overall standard deviation
 * @param adjustedPValue         Welch t-test of the segment against the rest, Bonferroni-adjusted over the basis
 *                               variables (NaN when the test is not defined)
 * @param marker                 whether this variable characterises the segment (see {@link SegmentProfiler})
 */
public record SegmentProfile(
        int segment,
        String variableCode,
        double segmentMean,
        double overallMean,
        double difference,
        double standardisedDifference,
        double adjustedPValue,
        boolean marker) {}
