package org.psychograph.segmentation.clustering.preparation;

import java.util.List;
import org.psychograph.segmentation.clustering.BasisMatrix;

/**
 * The result of data preparation.
 *
 * @param matrix               the prepared basis matrix the run clusters
 * @param parameters           how it was prepared (to prepare new respondents identically)
 * @param keptRows             for each matrix row, its row in the raw responses (to align descriptor columns)
 * @param droppedRespondentIds respondents left out for missing answers
 * @param notes                things the analyst should know (e.g. a constant variable)
 */
public record PreparedData(
        BasisMatrix matrix,
        PreparationParameters parameters,
        int[] keptRows,
        List<String> droppedRespondentIds,
        List<String> notes) {

    public PreparedData {
        droppedRespondentIds = List.copyOf(droppedRespondentIds);
        notes = List.copyOf(notes);
    }

    /** A matrix prepared elsewhere: identity parameters, every row kept. */
    public static PreparedData asIs(BasisMatrix matrix) {
        int[] rows = new int[matrix.rows()];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = i;
        }
        return new PreparedData(
                matrix, PreparationParameters.identity(matrix.variableCodes()), rows, List.of(), List.of());
    }
}
