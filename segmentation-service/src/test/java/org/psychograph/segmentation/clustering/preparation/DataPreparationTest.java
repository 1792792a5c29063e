package org.psychograph.segmentation.clustering.preparation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class DataPreparationTest {

    private static final double NA = Double.NaN;

    private static RawResponses raw() {
        return RawResponses.fromNullable(
                new String[] {"a", "b", "c", "d"},
                new String[] {"likes", "dislikes"},
                List.of(new Double[] {1.0, 5.0}, new Double[] {2.0, null}, new Double[] {4.0, 2.0}, new Double[] {
                    5.0, 1.0
                }));
    }

    private static final List<VariableScale> SCALES =
            List.of(VariableScale.of("likes", 1, 5), VariableScale.reversed("dislikes", 1, 5));

    @Test
    void reverseCodesAndDropsIncompleteRespondentsByDefault() {
        PreparedData prepared = DataPreparation.defaults().prepare(raw(), SCALES);
        assertEquals(List.of("b"), prepared.droppedRespondentIds());
        assertArrayEquals(new int[] {0, 2, 3}, prepared.keptRows());
        // dislikes flipped: 5 -> 1, 2 -> 4, 1 -> 5
        assertArrayEquals(new double[] {1, 1}, prepared.matrix().row(0));
        assertArrayEquals(new double[] {4, 4}, prepared.matrix().row(1));
        assertArrayEquals(new double[] {5, 5}, prepared.matrix().row(2));
    }

    @Test
    void meanImputationUsesTheReverseCodedMeanOfTheAnsweredValues() {
        PreparedData prepared =
                new DataPreparation(MissingValuePolicy.MEAN_IMPUTE, Standardisation.NONE).prepare(raw(), SCALES);
        assertEquals(4, prepared.matrix().rows());
        assertArrayEquals(new double[] {2, (1 + 4 + 5) / 3.0}, prepared.matrix().row(1), 1e-12);
    }

    @Test
    void zScoreAndRangeStandardiseWithStoredParameters() {
        PreparedData z =
                new DataPreparation(MissingValuePolicy.DROP_RESPONDENT, Standardisation.ZSCORE).prepare(raw(), SCALES);
        double[] column =
                Arrays.stream(z.matrix().values()).mapToDouble(r -> r[0]).toArray();
        assertEquals(0, Arrays.stream(column).sum(), 1e-12);
        assertEquals(2, Arrays.stream(column).map(v -> v * v).sum(), 1e-12); // n - 1 = 2
        PreparedData range =
                new DataPreparation(MissingValuePolicy.DROP_RESPONDENT, Standardisation.RANGE).prepare(raw(), SCALES);
        assertArrayEquals(new double[] {0, 0}, range.matrix().row(0), 1e-12);
        assertArrayEquals(new double[] {1, 1}, range.matrix().row(2), 1e-12);
    }

    @Test
    void aNewRespondentIsPreparedExactlyAsTheRunsOwnAndMapsBack() {
        RawResponses raw = raw();
        PreparedData prepared =
                new DataPreparation(MissingValuePolicy.MEAN_IMPUTE, Standardisation.ZSCORE).prepare(raw, SCALES);
        PreparationParameters parameters = prepared.parameters();
        for (int r = 0; r < prepared.matrix().rows(); r++) {
            double[] again = parameters.transform(raw.values()[prepared.keptRows()[r]]);
            assertArrayEquals(prepared.matrix().row(r), again, 0.0);
        }
        // back to the answers as given (dislikes un-flipped), the imputed gap as its mean
        assertArrayEquals(
                new double[] {4, 2},
                parameters.toOriginalUnits(prepared.matrix().row(2)),
                1e-12);
        assertArrayEquals(
                new double[] {2, 6 - (1 + 4 + 5) / 3.0},
                parameters.toOriginalUnits(prepared.matrix().row(1)),
                1e-12);
    }

    @Test
    void rejectsOutOfScaleAnswersNamingRespondentAndQuestion() {
        RawResponses bad =
                new RawResponses(new String[] {"x"}, new String[] {"likes", "dislikes"}, new double[][] {{7, 1}});
        IllegalArgumentException error = assertThrows(
                IllegalArgumentException.class, () -> DataPreparation.defaults().prepare(bad, SCALES));
        assertTrue(
                error.getMessage().contains("respondent x")
                        && error.getMessage().contains("likes"),
                error.getMessage());
    }

    @Test
    void aMissingAnswerCannotBePlacedWhenTheRunDroppedIncompleteRespondents() {
        PreparationParameters parameters =
                DataPreparation.defaults().prepare(raw(), SCALES).parameters();
        assertThrows(IllegalArgumentException.class, () -> parameters.transform(new double[] {3, NA}));
    }

    @Test
    void notesAConstantVariable() {
        RawResponses constant = new RawResponses(
                new String[] {"a", "b"}, new String[] {"same", "varies"}, new double[][] {{3, 1}, {3, 2}});
        PreparedData prepared = new DataPreparation(MissingValuePolicy.DROP_RESPONDENT, Standardisation.ZSCORE)
                .prepare(constant, List.of());
        assertEquals(1, prepared.notes().size());
        assertArrayEquals(
                new double[] {0, 0},
                new double[] {prepared.matrix().row(0)[0], prepared.matrix().row(1)[0]});
    }
}
