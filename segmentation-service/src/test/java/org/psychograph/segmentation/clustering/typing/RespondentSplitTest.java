package org.psychograph.segmentation.clustering.typing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RespondentSplitTest {

    /** Segments of 503, 97, 2 and 1 rows, interleaved. */
    private static int[] segments() {
        int[] sizes = {503, 97, 2, 1};
        int[] segment = new int[IntStream.of(sizes).sum()];
        int next = 0;
        for (int round = 0; next < segment.length; round++) {
            for (int s = 0; s < sizes.length; s++) {
                if (round < sizes[s]) {
                    segment[next++] = s;
                }
            }
        }
        return segment;
    }

    @Test
    void everySegmentIsHeldOutInProportion() {
        int[] segment = segments();
        RespondentSplit split = RespondentSplit.of(segment, 4, 0.2, 5, 77);
        assertArrayEquals(new int[] {101, 19, 1, 0}, count(split.holdoutRows(), segment, 4));
        assertArrayEquals(new int[] {402, 78, 1, 1}, count(split.selectionRows(), segment, 4));
        int[] all = IntStream.concat(IntStream.of(split.holdoutRows()), IntStream.of(split.selectionRows()))
                .sorted()
                .toArray();
        assertArrayEquals(IntStream.range(0, segment.length).toArray(), all);
    }

    @Test
    void foldsAreStratifiedAndBalanced() {
        int[] segment = segments();
        FoldedRows folds = RespondentSplit.of(segment, 4, 0.2, 5, 77).selection();
        int[] foldSizes = new int[5];
        int[][] perFold = new int[5][4];
        for (int i = 0; i < folds.size(); i++) {
            foldSizes[folds.fold()[i]]++;
            perFold[folds.fold()[i]][segment[folds.rows()[i]]]++;
        }
        assertTrue(IntStream.of(foldSizes).max().orElseThrow()
                        - IntStream.of(foldSizes).min().orElseThrow()
                <= 1);
        for (int f = 0; f < 5; f++) {
            // 402 / 5 and 78 / 5, give or take the one row the round-robin carries over
            assertTrue(Math.abs(perFold[f][0] - 402 / 5.0) < 1 && Math.abs(perFold[f][1] - 78 / 5.0) < 1);
            assertEquals(folds.size(), folds.trainingRows(f).length + folds.testRows(f).length);
        }
    }

    @Test
    void aSampleKeepsTheProportionsAndEverySegment() {
        int[] segment = segments();
        RespondentSplit split = RespondentSplit.of(segment, 4, 0.2, 5, 77);
        FoldedRows sample = split.selectionSample(100);
        assertEquals(100, sample.size());
        int[] counts = count(sample.rows(), segment, 4);
        assertEquals(100, IntStream.of(counts).sum());
        assertTrue(counts[2] == 1 && counts[3] == 1, "the two smallest segments stay in the sample");
        assertTrue(Math.abs(counts[0] - 100.0 * 402 / 482) <= 2 && Math.abs(counts[1] - 100.0 * 78 / 482) <= 2);
        boolean[] selected = new boolean[segment.length];
        for (int row : split.selectionRows()) {
            selected[row] = true;
        }
        for (int row : sample.rows()) {
            assertTrue(selected[row], "the sample is drawn from the selection rows only");
        }
        assertEquals(split.selectionRows().length, split.selectionSample(10_000).size());
    }

    @Test
    void theSeedDecides() {
        int[] segment = segments();
        assertArrayEquals(
                RespondentSplit.of(segment, 4, 0.2, 5, 1).holdoutRows(),
                RespondentSplit.of(segment, 4, 0.2, 5, 1).holdoutRows());
        assertArrayEquals(
                RespondentSplit.of(segment, 4, 0.2, 5, 1).selection().fold(),
                RespondentSplit.of(segment, 4, 0.2, 5, 1).selection().fold());
        assertTrue(!java.util.Arrays.equals(
                RespondentSplit.of(segment, 4, 0.2, 5, 1).holdoutRows(),
                RespondentSplit.of(segment, 4, 0.2, 5, 2).holdoutRows()));
    }

    private static int[] count(int[] rows, int[] segment, int k) {
        int[] counts = new int[k];
        for (int row : rows) {
            counts[segment[row]]++;
        }
        return counts;
    }
}
