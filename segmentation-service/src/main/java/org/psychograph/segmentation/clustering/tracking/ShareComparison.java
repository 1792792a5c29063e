package org.psychograph.segmentation.clustering.tracking;

import java.util.List;

/**
 * Chi-square test of homogeneity between the fitting data's and the wave's segment counts.
 *
 * @param statistic        the chi-square statistic
 * @param degreesOfFreedom segments compared minus one
 * @param pValue           probability of shares at least this different if nothing changed
 * @param segmentsLeftOut  segments without members in either set, left out of the test (0-based)
 */
public record ShareComparison(double statistic, int degreesOfFreedom, double pValue, List<Integer> segmentsLeftOut) {

    public ShareComparison {
        segmentsLeftOut = List.copyOf(segmentsLeftOut);
    }
}
