package org.psychograph.segmentation.clustering.preparation;

import java.util.List;
import java.util.Objects;

/**
 * Basis answers as they came from the survey: one row per respondent, NaN where the respondent gave no answer.
 * Primitive arrays with NaN rather than boxed nulls: a million respondents times thirty questions as boxed
 * Doubles would take several hundred megabytes.
 */
public record RawResponses(String[] respondentIds, String[] variableCodes, double[][] values) {

    public RawResponses {
        Objects.requireNonNull(respondentIds, "respondentIds");
        Objects.requireNonNull(variableCodes, "variableCodes");
        Objects.requireNonNull(values, "values");
        if (respondentIds.length != values.length) {
            throw new IllegalArgumentException("one respondent id per row is required");
        }
        for (int i = 0; i < values.length; i++) {
            if (values[i] == null || values[i].length != variableCodes.length) {
                throw new IllegalArgumentException("row " + i + " (respondent " + respondentIds[i] + ") must have "
                        + variableCodes.length + " answers");
            }
        }
    }

    /** From rows where a missing answer is null. */
    public static RawResponses fromNullable(String[] respondentIds, String[] variableCodes, List<Double[]> rows) {
        double[][] values = new double[rows.size()][];
        for (int i = 0; i < values.length; i++) {
            Double[] row = rows.get(i);
            values[i] = new double[row.length];
            for (int j = 0; j < row.length; j++) {
                values[i][j] = row[j] == null ? Double.NaN : row[j];
            }
        }
        return new RawResponses(respondentIds, variableCodes, values);
    }

    public int rows() {
        return values.length;
    }
}
