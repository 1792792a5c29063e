package org.psychograph.segmentation.api;

import java.util.Arrays;
import java.util.List;
import org.psychograph.segmentation.api.types.RunComparisonView;
import org.psychograph.segmentation.api.types.RunComparisonView.SegmentMatchView;
import org.psychograph.segmentation.clustering.tracking.RunComparisonReport;

/** A run comparison as the API shows it: segments 1-based, counts as Int. */
final class ComparisonViews {

    private ComparisonViews() {}

    static RunComparisonView of(String a, String b, RunComparisonReport r) {
        return new RunComparisonView(
                a,
                b,
                r.variableCodes(),
                r.matches().stream()
                        .map(m -> new SegmentMatchView(
                                m.segmentA() + 1,
                                m.segmentB() + 1,
                                m.centreDistance(),
                                m.centreDifference(),
                                m.shareA(),
                                m.shareB()))
                        .toList(),
                oneBased(r.unmatchedA()),
                oneBased(r.unmatchedB()),
                r.totalCentreMovement(),
                Math.toIntExact(r.respondentsInBoth()),
                r.adjustedRandIndex(),
                Arrays.stream(r.migration())
                        .map(row ->
                                Arrays.stream(row).mapToObj(Math::toIntExact).toList())
                        .toList(),
                r.notes());
    }

    private static List<Integer> oneBased(List<Integer> segments) {
        return segments.stream().map(s -> s + 1).toList();
    }
}
