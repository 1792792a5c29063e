package org.psychograph.segmentation.clustering.tracking;

import java.util.Arrays;

/**
 * The pairing of two runs' segments with the smallest total cost (assignment problem), by the Hungarian method
 * (Kuhn-Munkres, with row and column potentials; O(n^2 m)). Written here because no library on the classpath has it
 * (Hipparchus and Tribuo do not) and k stays small (up to about 20), where the textbook algorithm is instant; brute
 * force over permutations is not (20! pairings).
 */
public final class SegmentMatching {

    private SegmentMatching() {}

    /**
     * @param cost rows x columns, finite; rows and columns may differ in number
     * @return per row the column it is paired with, or -1 for the rows left over when there are more rows than
     *         columns; min(rows, columns) pairs in all
     */
    public static int[] minimumCost(double[][] cost) {
        int rows = cost.length;
        int columns = rows == 0 ? 0 : cost[0].length;
        for (double[] row : cost) {
            if (row.length != columns) {
                throw new IllegalArgumentException("the cost matrix is not rectangular");
            }
            for (double c : row) {
                if (!Double.isFinite(c)) {
                    throw new IllegalArgumentException("costs must be finite, got " + c);
                }
            }
        }
        int[] columnOfRow = new int[rows];
        Arrays.fill(columnOfRow, -1);
        if (rows == 0 || columns == 0) {
            return columnOfRow;
        }
        if (rows <= columns) {
            int[] rowOfColumn = rowsIntoColumns(cost, rows, columns);
            for (int j = 0; j < columns; j++) {
                if (rowOfColumn[j] >= 0) {
                    columnOfRow[rowOfColumn[j]] = j;
                }
            }
            return columnOfRow;
        }
        // the method needs rows <= columns: solve the transposed problem, whose "rows" are our columns
        double[][] transposed = new double[columns][rows];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < columns; j++) {
                transposed[j][i] = cost[i][j];
            }
        }
        int[] columnOfTransposedColumn = rowsIntoColumns(transposed, columns, rows);
        for (int i = 0; i < rows; i++) {
            if (columnOfTransposedColumn[i] >= 0) {
                columnOfRow[i] = columnOfTransposedColumn[i];
            }
        }
        return columnOfRow;
    }

    /** Total cost of a pairing as returned by {@link #minimumCost}. */
    public static double totalCost(double[][] cost, int[] columnOfRow) {
        double total = 0;
        for (int i = 0; i < columnOfRow.length; i++) {
            if (columnOfRow[i] >= 0) {
                total += cost[i][columnOfRow[i]];
            }
        }
        return total;
    }

    /**
     * Places every row (n <= m) in a distinct column, adding rows one at a time along shortest augmenting paths
     * under the potentials u (rows) and v (columns). Indices are 1-based inside; column 0 is the path's root.
     *
     * @return per column its row (0-based), -1 when the column is left free
     */
    private static int[] rowsIntoColumns(double[][] cost, int n, int m) {
        double[] u = new double[n + 1];
        double[] v = new double[m + 1];
        int[] rowOfColumn = new int[m + 1]; // 0: free
        int[] previous = new int[m + 1];
        for (int i = 1; i <= n; i++) {
            rowOfColumn[0] = i;
            int column = 0;
            double[] slack = new double[m + 1];
            Arrays.fill(slack, Double.POSITIVE_INFINITY);
            boolean[] onPath = new boolean[m + 1];
            do {
                onPath[column] = true;
                int row = rowOfColumn[column];
                double delta = Double.POSITIVE_INFINITY;
                int next = 0;
                for (int j = 1; j <= m; j++) {
                    if (onPath[j]) {
                        continue;
                    }
                    double reduced = cost[row - 1][j - 1] - u[row] - v[j];
                    if (reduced < slack[j]) {
                        slack[j] = reduced;
                        previous[j] = column;
                    }
                    if (slack[j] < delta) {
                        delta = slack[j];
                        next = j;
                    }
                }
                for (int j = 0; j <= m; j++) {
                    if (onPath[j]) {
                        u[rowOfColumn[j]] += delta;
                        v[j] -= delta;
                    } else {
                        slack[j] -= delta;
                    }
                }
                column = next;
            } while (rowOfColumn[column] != 0);
            // flip the augmenting path back to the root
            do {
                int before = previous[column];
                rowOfColumn[column] = rowOfColumn[before];
                column = before;
            } while (column != 0);
        }
        int[] result = new int[m];
        for (int j = 1; j <= m; j++) {
            result[j - 1] = rowOfColumn[j] - 1;
        }
        return result;
    }
}
