package org.psychograph.persona.generation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Pairs the segments of a new run with the personas of an earlier run of the same survey, so a persona
 * lives on (with its edits) when the data is re-segmented. Distance = Euclidean distance between the
 * profile means over the questions both share; the closest pairs are taken first.
 */
public final class SegmentMatcher {

    private SegmentMatcher() {}

    /** @return new segment id to the matched earlier persona key; unmatched segments are absent */
    public static <K> Map<String, K> match(
            Map<String, List<ChartPoint>> newSegments, Map<K, List<ChartPoint>> earlier) {
        record Pair<K>(String segment, K persona, double distance) {}
        List<Pair<K>> pairs = new ArrayList<>();
        newSegments.forEach((segment, points) -> earlier.forEach((persona, old) -> {
            double d = distance(points, old);
            if (!Double.isNaN(d)) {
                pairs.add(new Pair<>(segment, persona, d));
            }
        }));
        pairs.sort(Comparator.comparingDouble(Pair<K>::distance).thenComparing(Pair::segment));
        Map<String, K> out = new HashMap<>();
        Set<K> taken = new HashSet<>();
        for (Pair<K> p : pairs) {
            if (!out.containsKey(p.segment()) && taken.add(p.persona())) {
                out.put(p.segment(), p.persona());
            }
        }
        return out;
    }

    private static double distance(List<ChartPoint> a, List<ChartPoint> b) {
        Map<String, Double> other = new HashMap<>();
        b.forEach(p -> other.put(p.questionCode(), p.segmentMean()));
        double sum = 0;
        int shared = 0;
        for (ChartPoint p : a) {
            Double o = other.get(p.questionCode());
            if (o != null) {
                sum += (p.segmentMean() - o) * (p.segmentMean() - o);
                shared++;
            }
        }
        return shared == 0 ? Double.NaN : Math.sqrt(sum);
    }
}
