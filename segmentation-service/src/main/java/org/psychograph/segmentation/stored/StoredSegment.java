package org.psychograph.segmentation.stored;

import java.util.List;
import org.psychograph.segmentation.model.DescriptorKind;
import org.psychograph.segmentation.model.Dimension;

/** One stored segment of a run's chosen solution, with its centre, profile and descriptor breakdowns. */
public record StoredSegment(
        String id,
        String runId,
        int number,
        String label,
        int size,
        double share,
        Double stability,
        List<CentroidValue> centroid,
        List<ProfileEntry> profile,
        List<DescriptorBreakdown> descriptors) {

    public record CentroidValue(String questionCode, double value) {}

    public record ProfileEntry(
            String questionCode,
            String questionText,
            Dimension dimension,
            double segmentMean,
            double overallMean,
            double difference,
            double standardisedDifference,
            Double pValue,
            String pValueNote,
            boolean marker) {}

    public record DescriptorBreakdown(
            String questionCode,
            String questionText,
            Dimension dimension,
            DescriptorKind kind,
            Double pValue,
            String test,
            Double segmentMean,
            Double overallMean,
            List<CategoryShare> categories) {}

    public record CategoryShare(String label, int count, double segmentShare, double overallShare) {}
}
