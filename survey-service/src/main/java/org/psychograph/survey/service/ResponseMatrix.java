package org.psychograph.survey.service;

import java.util.List;

/** A page of the numeric response matrix: one row per respondent, values in the order of {@code columns}. */
public record ResponseMatrix(List<String> columns, Page<Row> rows) {

    public ResponseMatrix {
        columns = List.copyOf(columns);
    }

    /** One respondent's values; null where missing (so not a copied list: List.copyOf refuses nulls). */
    public record Row(String respondentId, List<Double> values) {

        /** The row's place in the matrix, as {@link ResponseMatrixService#matrix} reads it back. */
        public String position() {
            return respondentId;
        }
    }
}
