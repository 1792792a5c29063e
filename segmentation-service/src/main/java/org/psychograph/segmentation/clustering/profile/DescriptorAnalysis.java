package org.psychograph.segmentation.clustering.profile;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import org.hipparchus.exception.MathRuntimeException;
import org.hipparchus.stat.inference.ChiSquareTest;
import org.hipparchus.stat.inference.OneWayAnova;

/** Cross-tabulates a descriptor against the segments and tests the association. */
final class DescriptorAnalysis {

    private DescriptorAnalysis() {}

    static DescriptorBreakdown breakdown(Descriptor descriptor, int[] labels, int k) {
        if (descriptor.size() != labels.length) {
            throw new IllegalArgumentException("descriptor " + descriptor.code() + " has " + descriptor.size()
                    + " values for " + labels.length + " respondents; align it with the prepared rows");
        }
        if (descriptor instanceof CategoricalDescriptor categorical) {
            return categorical(categorical, labels, k);
        }
        return numeric((NumericDescriptor) descriptor, labels, k);
    }

    private static CategoricalBreakdown categorical(CategoricalDescriptor descriptor, int[] labels, int k) {
        SortedSet<String> distinct = new TreeSet<>();
        for (String value : descriptor.values()) {
            if (value != null) {
                distinct.add(value);
            }
        }
        List<String> categories = new ArrayList<>(distinct);
        Map<String, Integer> column = new HashMap<>();
        for (String category : categories) {
            column.put(category, column.size());
        }
        long[][] counts = new long[k][categories.size()];
        int missing = 0;
        for (int i = 0; i < labels.length; i++) {
            String value = descriptor.values()[i];
            if (value == null) {
                missing++;
            } else {
                counts[labels[i]][column.get(value)]++;
            }
        }
        return new CategoricalBreakdown(
                descriptor.code(), categories.toArray(String[]::new), counts, chiSquarePValue(counts), missing);
    }

    /** Pearson chi-square on the segments that have at least one value (the test needs no empty row). */
    private static double chiSquarePValue(long[][] counts) {
        List<long[]> rows = new ArrayList<>();
        for (long[] row : counts) {
            long total = 0;
            for (long c : row) {
                total += c;
            }
            if (total > 0) {
                rows.add(row);
            }
        }
        if (rows.size() < 2 || counts[0].length < 2) {
            return Double.NaN;
        }
        try {
            return new ChiSquareTest().chiSquareTest(rows.toArray(long[][]::new));
        } catch (MathRuntimeException e) {
            return Double.NaN;
        }
    }

    private static NumericBreakdown numeric(NumericDescriptor descriptor, int[] labels, int k) {
        double[] values = descriptor.values();
        int[] counts = new int[k];
        int missing = 0;
        for (int i = 0; i < labels.length; i++) {
            if (Double.isNaN(values[i])) {
                missing++;
            } else {
                counts[labels[i]]++;
            }
        }
        double[][] groups = new double[k][];
        for (int s = 0; s < k; s++) {
            groups[s] = new double[counts[s]];
        }
        int[] filled = new int[k];
        Moments[] segments = new Moments[k];
        Arrays.fill(segments, Moments.EMPTY);
        for (int i = 0; i < labels.length; i++) {
            if (!Double.isNaN(values[i])) {
                int s = labels[i];
                groups[s][filled[s]++] = values[i];
                segments[s] = segments[s].plus(values[i]);
            }
        }
        double[] means = new double[k];
        Moments overall = Moments.EMPTY;
        for (int s = 0; s < k; s++) {
            means[s] = segments[s].n() == 0 ? Double.NaN : segments[s].mean();
            overall = overall.combine(segments[s]);
        }
        return new NumericBreakdown(
                descriptor.code(), means, overall.n() == 0 ? Double.NaN : overall.mean(), anovaPValue(groups), missing);
    }

    /** One-way ANOVA over the segments with at least two values. */
    private static double anovaPValue(double[][] groups) {
        List<double[]> usable = new ArrayList<>();
        for (double[] group : groups) {
            if (group.length >= 2) {
                usable.add(group);
            }
        }
        if (usable.size() < 2) {
            return Double.NaN;
        }
        try {
            return new OneWayAnova().anovaPValue(usable);
        } catch (MathRuntimeException e) {
            return Double.NaN;
        }
    }
}
