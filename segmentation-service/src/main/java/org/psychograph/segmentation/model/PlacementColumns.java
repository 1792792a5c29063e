package org.psychograph.segmentation.model;

import java.util.Arrays;

/**
 * The placements of a model application in columns (ids, segments, distances, margins) rather than one object per
 * respondent: a million respondents are four arrays, not a million records and their headers.
 */
public final class PlacementColumns {

    private String[] ids = new String[1024];
    private int[] segments = new int[1024];
    private double[] distances = new double[1024];
    private double[] margins = new double[1024];
    private int size;

    /** @param segment 0-based */
    public void add(String respondentId, int segment, double distance, double margin) {
        if (size == ids.length) {
            int grown = size * 2;
            ids = Arrays.copyOf(ids, grown);
            segments = Arrays.copyOf(segments, grown);
            distances = Arrays.copyOf(distances, grown);
            margins = Arrays.copyOf(margins, grown);
        }
        ids[size] = respondentId;
        segments[size] = segment;
        distances[size] = distance;
        margins[size] = margin;
        size++;
    }

    public int size() {
        return size;
    }

    public String id(int row) {
        return ids[row];
    }

    public int segment(int row) {
        return segments[row];
    }

    public double distance(int row) {
        return distances[row];
    }

    public double margin(int row) {
        return margins[row];
    }

    /** The segments (0-based) in row order, trimmed to size. */
    public int[] segments() {
        return Arrays.copyOf(segments, size);
    }

    /** The distances in row order, trimmed to size. */
    public double[] distances() {
        return Arrays.copyOf(distances, size);
    }
}
