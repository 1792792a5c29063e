package org.psychograph.segmentation.clustering.tracking;

import java.util.Arrays;
import java.util.List;

/**
 * How two runs' segmentations differ.
 *
 * @param variableCodes       the basis variables of {@link MatchedSegments#centreDifference}, in order
 * @param matches             the optimal pairing (smallest total centre distance), in run A's segment order
 * @param unmatchedA          run A's segments without a partner (run A has more segments), 0-based
 * @param unmatchedB          run B's segments without a partner (run B has more segments), 0-based
 * @param sharesA             per segment of run A, its share
 * @param sharesB             per segment of run B, its share
 * @param totalCentreMovement sum of the matched pairs' centre distances
 * @param respondentsInBoth   respondents assigned in both runs
 * @param adjustedRandIndex   agreement of the two partitions over those respondents; null with fewer than two
 * @param migration           counts, rows run A's segments, columns run B's, over the respondents in both
 * @param notes               what the reader should know
 */
public record RunComparisonReport(
        List<String> variableCodes,
        List<MatchedSegments> matches,
        List<Integer> unmatchedA,
        List<Integer> unmatchedB,
        List<Double> sharesA,
        List<Double> sharesB,
        double totalCentreMovement,
        long respondentsInBoth,
        Double adjustedRandIndex,
        long[][] migration,
        List<String> notes) {

    public RunComparisonReport {
        variableCodes = List.copyOf(variableCodes);
        matches = List.copyOf(matches);
        unmatchedA = List.copyOf(unmatchedA);
        unmatchedB = List.copyOf(unmatchedB);
        sharesA = List.copyOf(sharesA);
        sharesB = List.copyOf(sharesB);
        migration = copy(migration);
        notes = List.copyOf(notes);
    }

    @Override
    public long[][] migration() {
        return copy(migration);
    }

    private static long[][] copy(long[][] table) {
        return Arrays.stream(table).map(long[]::clone).toArray(long[][]::new);
    }
}
