package org.psychograph.segmentation.clustering.tracking;

import java.util.ArrayList;
import java.util.List;
import org.hipparchus.stat.descriptive.rank.Percentile;
import org.hipparchus.stat.descriptive.rank.Percentile.EstimationType;

/**
 * What a wave is compared with: the run's own respondents per segment. Small (a few numbers per segment), so a job
 * can compute it once from the run's assignments and keep it.
 *
 * @param k           number of segments of the model
 * @param respondents fitting respondents in all
 * @param segments    one entry per segment, in segment order
 */
public record FittingBaseline(int k, long respondents, List<SegmentBaseline> segments) {

    /**
     * The percentile of a segment's fitting distances beyond which a respondent "fits no segment well": by
     * construction 5% of the fitting respondents lie beyond it, so a wave like the fitting data shows about 5%.
     */
    public static final double MISFIT_PERCENTILE = 95;

    public FittingBaseline {
        segments = List.copyOf(segments);
        if (segments.size() != k || k < 1) {
            throw new IllegalArgumentException("one baseline per segment expected, k=" + k);
        }
        if (respondents < 1) {
            throw new IllegalArgumentException("the fitting data has no respondents");
        }
    }

    /**
     * @param k         number of segments
     * @param segment   per fitting respondent, its segment (0-based)
     * @param distance  per fitting respondent, its distance to its segment's centre
     */
    public static FittingBaseline of(int k, int[] segment, double[] distance) {
        Tracking.checkPlacements(k, segment, distance);
        int[] counts = new int[k];
        for (int s : segment) {
            counts[s]++;
        }
        double[][] bySegment = new double[k][];
        for (int s = 0; s < k; s++) {
            bySegment[s] = new double[counts[s]];
        }
        int[] filled = new int[k];
        for (int i = 0; i < segment.length; i++) {
            bySegment[segment[i]][filled[segment[i]]++] = distance[i];
        }
        // R's default quantile definition (type 7), so the threshold can be checked in R or numpy
        Percentile percentile = new Percentile(MISFIT_PERCENTILE).withEstimationType(EstimationType.R_7);
        List<SegmentBaseline> baselines = new ArrayList<>(k);
        for (int s = 0; s < k; s++) {
            double[] distances = bySegment[s];
            if (distances.length == 0) {
                baselines.add(new SegmentBaseline(s, 0, null, null));
                continue;
            }
            double sum = 0;
            for (double d : distances) {
                sum += d;
            }
            baselines.add(
                    new SegmentBaseline(s, distances.length, sum / distances.length, percentile.evaluate(distances)));
        }
        return new FittingBaseline(k, segment.length, baselines);
    }

    public SegmentBaseline segment(int s) {
        return segments.get(s);
    }
}
