package org.psychograph.persona.campaign;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hipparchus.stat.inference.ChiSquareTest;
import org.psychograph.persona.model.CampaignResult;

/**
 * Campaign outcomes per persona (segment) against the all-segment total; {@code conversionChiSquarePValue} is the
 * chi-square test of independence of conversion and segment, null with fewer than 2 segments.
 */
public record CampaignPerformance(
        String runId,
        String campaign,
        SegmentPerformance total,
        List<SegmentPerformance> segments,
        Double conversionChiSquarePValue,
        List<String> campaigns) {

    /** One segment's (or, with a null personaId, all segments') outcomes. */
    public record SegmentPerformance(
            String personaId,
            String personaName,
            int results,
            long sent,
            double revenue,
            double revenuePerSent,
            RateComparison openRate,
            RateComparison clickRate,
            RateComparison conversionRate) {}

    private record Totals(int results, long sent, long opened, long clicked, long converted, double revenue) {

        Totals plus(CampaignResult r) {
            return new Totals(
                    results + 1,
                    sent + r.sent,
                    opened + r.opened,
                    clicked + r.clicked,
                    converted + r.converted,
                    revenue + r.revenue);
        }
    }

    static CampaignPerformance of(
            String runId, String campaign, List<CampaignResult> results, Map<UUID, String> names) {
        Map<UUID, Totals> bySegment = new LinkedHashMap<>();
        Totals all = new Totals(0, 0, 0, 0, 0, 0);
        for (CampaignResult r : results) {
            bySegment.merge(r.personaId, new Totals(0, 0, 0, 0, 0, 0).plus(r), (a, b) -> a.plus(r));
            all = all.plus(r);
        }
        List<SegmentPerformance> segments = new ArrayList<>();
        for (Map.Entry<UUID, Totals> e : bySegment.entrySet()) {
            segments.add(
                    performance(e.getKey().toString(), names.getOrDefault(e.getKey(), "?"), e.getValue(), all, false));
        }
        return new CampaignPerformance(
                runId,
                campaign,
                performance(null, "All segments", all, all, true),
                segments,
                chiSquare(bySegment),
                results.stream().map(r -> r.campaign).distinct().sorted().toList());
    }

    private static SegmentPerformance performance(String id, String name, Totals t, Totals all, boolean total) {
        return new SegmentPerformance(
                id,
                name,
                t.results(),
                t.sent(),
                t.revenue(),
                t.sent() == 0 ? 0 : t.revenue() / t.sent(),
                RateComparison.of(t.opened(), t.sent(), all.opened(), all.sent(), total),
                RateComparison.of(t.clicked(), t.sent(), all.clicked(), all.sent(), total),
                RateComparison.of(t.converted(), t.sent(), all.converted(), all.sent(), total));
    }

    private static Double chiSquare(Map<UUID, Totals> bySegment) {
        if (bySegment.size() < 2) {
            return null;
        }
        long[][] table = bySegment.values().stream()
                .map(t -> new long[] {t.converted(), t.sent() - t.converted()})
                .toArray(long[][]::new);
        try {
            return new ChiSquareTest().chiSquareTest(table);
        } catch (RuntimeException e) {
            // a column of zeros (nobody or everybody converted): the test is not defined
            return null;
        }
    }
}
