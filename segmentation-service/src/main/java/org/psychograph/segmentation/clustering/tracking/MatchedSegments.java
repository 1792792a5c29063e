package org.psychograph.segmentation.clustering.tracking;

import java.util.List;

/**
 * A segment of run A and the segment of run B it was matched with.
 *
 * @param segmentA         0-based segment in run A
 * @param segmentB         0-based segment in run B
 * @param centreDistance   Euclidean distance between the two centres, in the answers' original units
 * @param centreDifference per basis variable, B's centre minus A's
 * @param shareA           the segment's share of run A
 * @param shareB           the segment's share of run B
 */
public record MatchedSegments(
        int segmentA,
        int segmentB,
        double centreDistance,
        List<Double> centreDifference,
        double shareA,
        double shareB) {

    public MatchedSegments {
        centreDifference = List.copyOf(centreDifference);
    }
}
