package org.psychograph.survey.api.types;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("ResponseMatrix")
@Description("A page of the numeric response matrix: one compact row per respondent, values in the order of "
        + "`columns` (null = missing). LIKERT: scale value; BINARY: 1 yes / 0 no; SINGLE_CHOICE: 1-based option "
        + "position; MULTI_CHOICE: bit mask (option i sets bit i-1), or 1/0 for a column `code:option`; NUMERIC: "
        + "the number.")
public record MatrixPage(
        @NonNull List<@NonNull String> columns,
        @NonNull List<@NonNull MatrixRow> rows,
        @NonNull PageInfo pageInfo,
        int totalCount) {

    @Type("ResponseMatrixRow")
    public record MatrixRow(
            @NonNull String respondentId, @NonNull List<Double> values) {}
}
