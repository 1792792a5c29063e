package org.psychograph.segmentation.clustering.profile;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.hipparchus.exception.MathRuntimeException;
import org.hipparchus.stat.inference.TTest;
import org.psychograph.segmentation.clustering.BasisMatrix;
import org.psychograph.segmentation.clustering.Candidate;
import org.psychograph.segmentation.clustering.DistanceMeasure;
import org.psychograph.segmentation.clustering.NearestCentroids;
import org.psychograph.segmentation.clustering.Placement;
import org.psychograph.segmentation.clustering.SegmentSolution;
import org.psychograph.segmentation.clustering.SegmentStability;
import org.psychograph.segmentation.clustering.preparation.PreparationParameters;
import org.psychograph.segmentation.clustering.preparation.PreparedData;

/**
 * Profiles a candidate's solution: segment sizes and centroids in original units, a profile of every basis
 * variable per segment with its marker flag, descriptor breakdowns, and every respondent's assignment.
 * <p>
 * A variable is a <b>marker</b> of a segment when both hold:
 * <ul>
 * <li>|standardised difference| &gt;= {@value #MARKER_STANDARDISED_DIFFERENCE}: half an overall standard deviation,
 * a "medium" effect. For a yes/no item answered yes by about half the sample (sd 0.5) this is 25 percentage points,
 * the marker rule of thumb of Dolnicar, Grün and Leisch's segment profile plots;</li>
 * <li>the Welch t-test of the segment against the rest gives p &lt; {@value #MARKER_SIGNIFICANCE} after a Bonferroni
 * adjustment over the basis variables, so that a large difference in a tiny segment is not read as a finding.</li>
 * </ul>
 */
public final class SegmentProfiler {

    public static final double MARKER_STANDARDISED_DIFFERENCE = 0.5;
    public static final double MARKER_SIGNIFICANCE = 0.05;

    private final DistanceMeasure distance;

    public SegmentProfiler(DistanceMeasure distance) {
        this.distance = distance;
    }

    /**
     * @param candidate   the candidate whose solution is profiled
     * @param data        the prepared data the run clustered
     * @param descriptors descriptor columns aligned with the prepared matrix rows
     */
    public ChosenSolution profile(Candidate candidate, PreparedData data, List<Descriptor> descriptors) {
        SegmentSolution solution = candidate.solution();
        BasisMatrix matrix = data.matrix();
        if (solution.rows() != matrix.rows()) {
            throw new IllegalArgumentException("the solution and the prepared data have different rows");
        }
        int k = solution.k();
        List<List<SegmentProfile>> profiles = variableProfiles(matrix, data.parameters(), solution.labels(), k);
        List<SegmentStability> stability = candidate.stability().segments();
        List<Segment> segments = new ArrayList<>(k);
        for (int s = 0; s < k; s++) {
            segments.add(new Segment(
                    s,
                    solution.sizes()[s],
                    (double) solution.sizes()[s] / matrix.rows(),
                    data.parameters().toOriginalUnits(solution.centroids()[s]),
                    profiles.get(s),
                    stability.isEmpty() ? null : stability.get(s)));
        }
        List<DescriptorBreakdown> breakdowns = new ArrayList<>();
        for (Descriptor descriptor : descriptors) {
            breakdowns.add(DescriptorAnalysis.breakdown(descriptor, solution.labels(), k));
        }
        return new ChosenSolution(k, segments, breakdowns, assignments(matrix, solution));
    }

    private List<Assignment> assignments(BasisMatrix matrix, SegmentSolution solution) {
        NearestCentroids nearest = new NearestCentroids(solution.centroids(), distance);
        List<Assignment> assignments = new ArrayList<>(matrix.rows());
        for (int i = 0; i < matrix.rows(); i++) {
            Placement placement = nearest.place(matrix.row(i));
            assignments.add(new Assignment(
                    matrix.respondentIds()[i], placement.segment(), placement.distance(), placement.margin()));
        }
        return assignments;
    }

    /** Per segment, one profile per variable, computed one column at a time in original units. */
    private static List<List<SegmentProfile>> variableProfiles(
            BasisMatrix matrix, PreparationParameters parameters, int[] labels, int k) {
        int d = matrix.variables();
        List<List<SegmentProfile>> bySegment = new ArrayList<>(k);
        for (int s = 0; s < k; s++) {
            bySegment.add(new ArrayList<>(d));
        }
        for (int j = 0; j < d; j++) {
            Moments[] segment = new Moments[k];
            Arrays.fill(segment, Moments.EMPTY);
            for (int i = 0; i < matrix.rows(); i++) {
                segment[labels[i]] = segment[labels[i]].plus(parameters.toOriginalUnits(j, matrix.row(i)[j]));
            }
            Moments overall = Moments.EMPTY;
            for (Moments m : segment) {
                overall = overall.combine(m);
            }
            double sd = overall.standardDeviation();
            for (int s = 0; s < k; s++) {
                Moments rest = Moments.EMPTY;
                for (int t = 0; t < k; t++) {
                    if (t != s) {
                        rest = rest.combine(segment[t]);
                    }
                }
                double difference = segment[s].mean() - overall.mean();
                double standardised = sd > 0 ? difference / sd : 0;
                double adjusted = Math.min(1.0, welchPValue(segment[s], rest) * d);
                boolean marker =
                        Math.abs(standardised) >= MARKER_STANDARDISED_DIFFERENCE && adjusted < MARKER_SIGNIFICANCE;
                bySegment
                        .get(s)
                        .add(new SegmentProfile(
                                s,
                                matrix.variableCodes()[j],
                                segment[s].mean(),
                                overall.mean(),
                                difference,
                                standardised,
                                adjusted,
                                marker));
            }
        }
        return bySegment;
    }

    /** Two-sided Welch t-test; degenerate cases (no variance at all) are decided by the means themselves. */
    static double welchPValue(Moments first, Moments second) {
        if (first.n() < 2 || second.n() < 2) {
            return Double.NaN;
        }
        if (first.squaredDeviations() == 0 && second.squaredDeviations() == 0) {
            return first.mean() == second.mean() ? 1.0 : 0.0;
        }
        try {
            return new TTest().tTest(first.summary(), second.summary());
        } catch (MathRuntimeException e) {
            return Double.NaN;
        }
    }
}
