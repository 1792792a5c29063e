package org.psychograph.segmentation.clustering.tracking;

import java.util.List;

/**
 * One run's segments as compared with another run's: centres in the answers' original units (so runs standardised
 * differently still compare; see {@code PreparationParameters.toOriginalUnits}) and sizes.
 *
 * @param variableCodes the basis variables, in the centres' column order
 * @param centres       per segment (0-based), its centre
 * @param sizes         per segment, its respondents
 */
public record RunSegments(List<String> variableCodes, double[][] centres, long[] sizes) {

    public RunSegments {
        variableCodes = List.copyOf(variableCodes);
        if (centres.length == 0 || centres.length != sizes.length) {
            throw new IllegalArgumentException("one size per centre, and at least one segment, expected");
        }
        double[][] copy = new double[centres.length][];
        long total = 0;
        for (int s = 0; s < centres.length; s++) {
            if (centres[s].length != variableCodes.size()) {
                throw new IllegalArgumentException("centre " + s + " has " + centres[s].length + " values for "
                        + variableCodes.size() + " variables");
            }
            copy[s] = centres[s].clone();
            if (sizes[s] < 0) {
                throw new IllegalArgumentException("negative size of segment " + s);
            }
            total += sizes[s];
        }
        if (total == 0) {
            throw new IllegalArgumentException("a run without respondents");
        }
        centres = copy;
        sizes = sizes.clone();
    }

    public int k() {
        return sizes.length;
    }

    public double[] centre(int segment) {
        return centres[segment].clone();
    }

    public double share(int segment) {
        long total = 0;
        for (long size : sizes) {
            total += size;
        }
        return (double) sizes[segment] / total;
    }

    @Override
    public double[][] centres() {
        double[][] copy = new double[centres.length][];
        for (int s = 0; s < centres.length; s++) {
            copy[s] = centres[s].clone();
        }
        return copy;
    }

    @Override
    public long[] sizes() {
        return sizes.clone();
    }
}
