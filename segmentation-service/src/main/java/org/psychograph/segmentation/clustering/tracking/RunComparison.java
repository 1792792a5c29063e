package org.psychograph.segmentation.clustering.tracking;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.psychograph.segmentation.clustering.DistanceMeasure;
import org.psychograph.segmentation.clustering.PartitionAgreement;

/**
 * Compares two runs (e.g. last year's segmentation and this year's): which segment became which, how far each
 * centre moved, how shares changed, and how the respondents in both runs migrated between segments.
 */
public final class RunComparison {

    private RunComparison() {}

    /** With both runs' assignments in memory; joined on respondent id. */
    public static RunComparisonReport compare(
            RunSegments a, RunSegments b, RunAssignments assignmentsA, RunAssignments assignmentsB) {
        return compare(a, b, MigrationTally.of(assignmentsA, a.k(), assignmentsB, b.k()));
    }

    /** With the migration of the respondents in both already tallied (e.g. from a database join). */
    public static RunComparisonReport compare(RunSegments a, RunSegments b, MigrationTally migration) {
        if (!a.variableCodes().equals(b.variableCodes())) {
            throw new IllegalArgumentException("runs on different basis variables cannot be compared: "
                    + a.variableCodes() + " and " + b.variableCodes());
        }
        if (migration.kA() != a.k() || migration.kB() != b.k()) {
            throw new IllegalArgumentException("the migration table is not " + a.k() + " x " + b.k());
        }
        double[][] distance = new double[a.k()][b.k()];
        for (int s = 0; s < a.k(); s++) {
            for (int t = 0; t < b.k(); t++) {
                distance[s][t] = DistanceMeasure.L2.between(a.centre(s), b.centre(t));
            }
        }
        int[] partner = SegmentMatching.minimumCost(distance);
        List<MatchedSegments> matches = new ArrayList<>();
        List<Integer> unmatchedA = new ArrayList<>();
        boolean[] matchedB = new boolean[b.k()];
        double movement = 0;
        for (int s = 0; s < a.k(); s++) {
            if (partner[s] < 0) {
                unmatchedA.add(s);
                continue;
            }
            matchedB[partner[s]] = true;
            movement += distance[s][partner[s]];
            matches.add(match(a, b, s, partner[s], distance[s][partner[s]]));
        }
        List<Integer> unmatchedB =
                IntStream.range(0, b.k()).filter(t -> !matchedB[t]).boxed().toList();
        List<String> notes = new ArrayList<>();
        if (!unmatchedA.isEmpty()) {
            notes.add("run A has " + a.k() + " segments, run B " + b.k() + ": no partner for A's segment"
                    + (unmatchedA.size() > 1 ? "s " : " ") + DriftSummary.oneBased(unmatchedA));
        }
        if (!unmatchedB.isEmpty()) {
            notes.add("run B has " + b.k() + " segments, run A " + a.k() + ": no partner for B's segment"
                    + (unmatchedB.size() > 1 ? "s " : " ") + DriftSummary.oneBased(unmatchedB));
        }
        long inBoth = migration.total();
        long[][] table = migration.counts();
        Double agreement = null;
        if (inBoth < 2) {
            notes.add("fewer than two respondents are in both runs: no adjusted Rand index");
        } else {
            agreement = PartitionAgreement.adjustedRandIndex(table);
        }
        return new RunComparisonReport(
                a.variableCodes(),
                matches,
                unmatchedA,
                unmatchedB,
                shares(a),
                shares(b),
                movement,
                inBoth,
                agreement,
                table,
                notes);
    }

    private static MatchedSegments match(RunSegments a, RunSegments b, int s, int t, double distance) {
        double[] centreA = a.centre(s);
        double[] centreB = b.centre(t);
        List<Double> difference = IntStream.range(0, centreA.length)
                .mapToObj(j -> centreB[j] - centreA[j])
                .toList();
        return new MatchedSegments(s, t, distance, difference, a.share(s), b.share(t));
    }

    private static List<Double> shares(RunSegments run) {
        return IntStream.range(0, run.k()).mapToObj(run::share).toList();
    }
}
