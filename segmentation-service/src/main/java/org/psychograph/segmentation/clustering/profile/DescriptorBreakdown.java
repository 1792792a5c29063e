package org.psychograph.segmentation.clustering.profile;

/** How one descriptor variable is distributed over the segments, with a test of association. */
public sealed interface DescriptorBreakdown permits CategoricalBreakdown, NumericBreakdown {

    String code();

    /** p-value of the association between segment and descriptor; NaN when the test is not defined. */
    double pValue();

    /** Respondents without a value for this descriptor (left out of the breakdown). */
    int missing();
}
