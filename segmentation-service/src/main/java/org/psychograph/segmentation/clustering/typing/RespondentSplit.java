package org.psychograph.segmentation.clustering.typing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The one split of the respondents into selection rows (choose the questions, train the classifier) and holdout
 * rows (only score the final classifier), stratified by segment, plus the stratified folds of the selection rows.
 * <p>
 * Hand-written rather than Tribuo's {@code CrossValidation}, which deals folds without regard to the label: with a
 * small segment, a fold could then hold none or all of it, and the accuracy of that fold says nothing about the
 * segment. Here every segment is spread over the holdout and the folds in proportion to its size.
 * <p>
 * Rules: each segment keeps {@code round(holdoutShare * size)} rows back, at least 1 when it has 2 or more
 * members and never all of them; a one-member segment stays entirely in the selection (a classifier cannot learn a
 * segment it has never seen, and one row would make a meaningless holdout). Within a segment the rows are
 * shuffled with the seed; folds are dealt round-robin over the segments in turn, so each fold gets its share of
 * every segment and the folds differ in size by at most one row.
 */
public final class RespondentSplit {

    private enum Purpose {
        HOLDOUT,
        FOLDS,
        SAMPLE
    }

    private final int[] segment;
    private final int k;
    private final int folds;
    private final long seed;
    private final int[] selectionRows;
    private final int[] holdoutRows;

    private RespondentSplit(int[] segment, int k, int folds, long seed, int[] selectionRows, int[] holdoutRows) {
        this.segment = segment;
        this.k = k;
        this.folds = folds;
        this.seed = seed;
        this.selectionRows = selectionRows;
        this.holdoutRows = holdoutRows;
    }

    /**
     * Splits the rows {@code 0..segment.length-1}.
     *
     * @param segment per row, its segment in 0..k-1
     */
    public static RespondentSplit of(int[] segment, int k, double holdoutShare, int folds, long seed) {
        if (!(holdoutShare > 0 && holdoutShare < 1)) {
            throw new IllegalArgumentException("holdoutShare must be in (0, 1), was " + holdoutShare);
        }
        if (folds < 2) {
            throw new IllegalArgumentException("folds must be at least 2, was " + folds);
        }
        SplittableRandom random = stream(seed, Purpose.HOLDOUT);
        List<Integer> holdout = new ArrayList<>();
        List<Integer> selection = new ArrayList<>();
        for (int[] members : membersBySegment(allRows(segment.length), segment, k)) {
            shuffle(members, random);
            int held = members.length < 2
                    ? 0
                    : (int) Math.min(members.length - 1, Math.max(1, Math.round(holdoutShare * members.length)));
            for (int i = 0; i < members.length; i++) {
                (i < held ? holdout : selection).add(members[i]);
            }
        }
        return new RespondentSplit(segment, k, folds, seed, sorted(selection), sorted(holdout));
    }

    /** Row indices that choose the questions and train the final classifier, ascending. */
    public int[] selectionRows() {
        return selectionRows.clone();
    }

    /** Row indices kept back to score the final classifier, ascending. */
    public int[] holdoutRows() {
        return holdoutRows.clone();
    }

    /** Every selection row with its stratified fold. */
    public FoldedRows selection() {
        return new FoldedRows(selectionRows.clone(), deal(selectionRows, stream(seed, Purpose.FOLDS)), folds);
    }

    /**
     * The selection rows to cross-validate on when at most {@code maxRows} may be used: all of them when they are
     * few enough, else a stratified sample (each segment in proportion, largest remainders first, every segment
     * present in the selection keeps at least one row) with its own stratified folds.
     */
    public FoldedRows selectionSample(int maxRows) {
        if (selectionRows.length <= maxRows) {
            return selection();
        }
        int[][] members = membersBySegment(selectionRows, segment, k);
        int[] quota = quotas(members, maxRows);
        SplittableRandom random = stream(seed, Purpose.SAMPLE);
        List<Integer> sample = new ArrayList<>();
        for (int s = 0; s < k; s++) {
            int[] shuffled = members[s].clone();
            shuffle(shuffled, random);
            for (int i = 0; i < quota[s]; i++) {
                sample.add(shuffled[i]);
            }
        }
        int[] rows = sorted(sample);
        return new FoldedRows(rows, deal(rows, random), folds);
    }

    /** Proportional allocation of {@code total} rows to the segments: floor first, then largest remainders. */
    private static int[] quotas(int[][] members, int total) {
        int n = 0;
        int present = 0;
        for (int[] m : members) {
            n += m.length;
            present += m.length > 0 ? 1 : 0;
        }
        if (present > total) {
            throw new IllegalArgumentException(
                    "cannot sample " + total + " rows that keep all " + present + " segments of the selection");
        }
        int[] quota = new int[members.length];
        double[] remainder = new double[members.length];
        int given = 0;
        for (int s = 0; s < members.length; s++) {
            double exact = (double) total * members[s].length / n;
            // a segment present in the selection stays in the sample, however small: the questions must also place it
            quota[s] = members[s].length == 0 ? 0 : Math.max(1, (int) Math.floor(exact));
            remainder[s] = exact - Math.floor(exact);
            given += quota[s];
        }
        Integer[] order = new Integer[members.length];
        for (int s = 0; s < members.length; s++) {
            order[s] = s;
        }
        // largest remainder first; equal remainders: lower segment number (deterministic)
        Arrays.sort(order, (a, b) -> Double.compare(remainder[b], remainder[a]));
        for (int i = 0; given < total; i = (i + 1) % order.length) {
            int s = order[i];
            if (quota[s] < members[s].length) {
                quota[s]++;
                given++;
            }
        }
        // the at-least-one floor can overshoot: take back from the largest quotas
        while (given > total) {
            int largest = 0;
            for (int s = 1; s < quota.length; s++) {
                if (quota[s] > quota[largest]) {
                    largest = s;
                }
            }
            quota[largest]--;
            given--;
        }
        return quota;
    }

    /** Stratified folds of {@code rows} (ascending): per segment, shuffled, dealt round-robin over the folds. */
    private int[] deal(int[] rows, SplittableRandom random) {
        int[] foldOfRow = new int[segment.length];
        int next = 0;
        for (int[] members : membersBySegment(rows, segment, k)) {
            shuffle(members, random);
            for (int row : members) {
                // the counter runs on across segments, so small segments do not all land in fold 0
                foldOfRow[row] = next;
                next = (next + 1) % folds;
            }
        }
        int[] fold = new int[rows.length];
        for (int i = 0; i < rows.length; i++) {
            fold[i] = foldOfRow[rows[i]];
        }
        return fold;
    }

    private static int[][] membersBySegment(int[] rows, int[] segment, int k) {
        int[] count = new int[k];
        for (int row : rows) {
            count[segment[row]]++;
        }
        int[][] members = new int[k][];
        for (int s = 0; s < k; s++) {
            members[s] = new int[count[s]];
        }
        int[] filled = new int[k];
        for (int row : rows) {
            int s = segment[row];
            members[s][filled[s]++] = row;
        }
        return members;
    }

    private static int[] allRows(int n) {
        int[] rows = new int[n];
        for (int i = 0; i < n; i++) {
            rows[i] = i;
        }
        return rows;
    }

    private static void shuffle(int[] values, SplittableRandom random) {
        for (int i = values.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = values[i];
            values[i] = values[j];
            values[j] = swap;
        }
    }

    private static int[] sorted(List<Integer> rows) {
        return rows.stream().mapToInt(Integer::intValue).sorted().toArray();
    }

    /** Independent streams for the holdout, the folds and the sample, all from the one seed. */
    private static SplittableRandom stream(long seed, Purpose purpose) {
        return new SplittableRandom(
                new SplittableRandom(seed ^ (purpose.ordinal() + 1L) * 0x9E3779B97F4A7C15L).nextLong());
    }
}
