package org.psychograph.segmentation.clustering;

import java.util.List;

/**
 * Bootstrap evidence for one k: global stability (ARI) and the stability of each segment of the candidate's
 * solution (Jaccard).
 */
public record StabilityAnalysis(int k, GlobalStability global, List<SegmentStability> segments, int rejectedFits) {

    public StabilityAnalysis {
        segments = List.copyOf(segments);
    }

    static StabilityAnalysis none(int k) {
        return new StabilityAnalysis(k, GlobalStability.none(), List.of(), 0);
    }
}
