package org.psychograph.segmentation.clustering;

import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/**
 * The prepared basis variables of a run: one row per respondent, one column per variable, every value finite.
 * <p>
 * The arrays are not copied: a matrix of a million respondents should exist once in memory. Whoever builds a
 * matrix hands it over and must not change it afterwards.
 *
 * @param respondentIds one id per row
 * @param variableCodes one question code per column, unique (they become Tribuo feature names)
 * @param values        {@code values[row][column]}
 */
public record BasisMatrix(String[] respondentIds, String[] variableCodes, double[][] values) {

    public BasisMatrix {
        Objects.requireNonNull(respondentIds, "respondentIds");
        Objects.requireNonNull(variableCodes, "variableCodes");
        Objects.requireNonNull(values, "values");
        if (variableCodes.length == 0) {
            throw new IllegalArgumentException("a basis matrix needs at least one variable");
        }
        if (respondentIds.length != values.length) {
            throw new IllegalArgumentException(
                    "respondentIds has " + respondentIds.length + " entries but values has " + values.length + " rows");
        }
        Set<String> seen = new HashSet<>();
        for (String code : variableCodes) {
            if (code == null || code.isBlank() || !seen.add(code)) {
                throw new IllegalArgumentException(
                        "variable codes must be unique and not blank; offending code: " + code);
            }
        }
        for (int i = 0; i < values.length; i++) {
            double[] row = values[i];
            if (row == null || row.length != variableCodes.length) {
                throw new IllegalArgumentException("row " + i + " (respondent " + respondentIds[i] + ") must have "
                        + variableCodes.length + " values");
            }
            for (int j = 0; j < row.length; j++) {
                if (!Double.isFinite(row[j])) {
                    throw new IllegalArgumentException("respondent " + respondentIds[i] + ", variable "
                            + variableCodes[j] + ": value is not a finite number; prepare the data first");
                }
            }
        }
    }

    public int rows() {
        return values.length;
    }

    public int variables() {
        return variableCodes.length;
    }

    public double[] row(int index) {
        return values[index];
    }
}
