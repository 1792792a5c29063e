package org.psychograph.segmentation.clustering;

import java.util.Arrays;

/**
 * How reliably one segment re-appears in bootstrap samples: per replicate, its best Jaccard match (Hennig's
 * rule of thumb: below 0.5 the segment dissolves, above 0.75 it is stable; 0.6-0.75 shows a pattern).
 *
 * @param segment       segment number (0 = largest)
 * @param meanJaccard   mean over the replicates with a value
 * @param medianJaccard median over the replicates with a value
 * @param jaccard       every replicate's value in replicate order (NaN when the replicate failed)
 */
public record SegmentStability(int segment, double meanJaccard, double medianJaccard, double[] jaccard) {

    static SegmentStability of(int segment, double[] jaccard) {
        double[] finite = Arrays.stream(jaccard).filter(Double::isFinite).toArray();
        if (finite.length == 0) {
            return new SegmentStability(segment, Double.NaN, Double.NaN, jaccard);
        }
        return new SegmentStability(
                segment,
                Arrays.stream(finite).average().orElseThrow(),
                GlobalStability.percentile(finite, 50),
                jaccard);
    }
}
