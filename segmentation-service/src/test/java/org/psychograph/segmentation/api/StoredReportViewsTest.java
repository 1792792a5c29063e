package org.psychograph.segmentation.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.psychograph.segmentation.api.types.CandidateView;
import org.psychograph.segmentation.api.types.RunReport;
import org.psychograph.segmentation.api.types.SegmentStabilityView;
import org.psychograph.segmentation.api.types.SegmentView;
import org.psychograph.segmentation.stored.Compression;
import org.psychograph.segmentation.stored.ReportStorage;
import org.psychograph.segmentation.stored.StoredCandidate;
import org.psychograph.segmentation.stored.StoredRunReport;
import org.psychograph.segmentation.stored.StoredSegment;
import org.psychograph.segmentation.stored.StoredSegmentStability;

/** The API's views of a stored report: every stored format is served, and the views' number rules hold. */
class StoredReportViewsTest {

    @Test
    void everyStoredFormatIsServedAsTheApisViews() throws IOException {
        for (int format = 0; format <= StoredRunReport.FORMAT; format++) {
            RunReport report = ReportViews.of(
                    ReportStorage.decode(Compression.gzip(fixture("run-report-format" + format + ".json"))));
            String where = "run report format " + format;
            assertEquals(
                    List.of(2, 3, 4),
                    report.candidates().stream().map(CandidateView::k).toList(),
                    where);
            assertEquals(3, report.segments().size(), where);
            SegmentView first = report.segments().get(0);
            assertEquals(5, first.profile().size(), where);
            assertEquals(5, first.centroid().size(), where);
            assertEquals("77", report.provenance().seed(), where);
            assertNotNull(report.provenance().fitSeed(), where);
        }
    }

    @Test
    void undefinedStatisticsAreServedAsNullAndAnUnservableNumberIsRefused() {
        StoredCandidate undefined = new StoredCandidate(
                2,
                10.0,
                5.0,
                Double.NaN,
                100,
                Double.POSITIVE_INFINITY,
                null,
                null,
                null,
                null,
                null,
                List.of(60, 40),
                true,
                null);
        StoredRunReport stored = new StoredRunReport(List.of(undefined), List.of(), null, null);
        CandidateView view = ReportViews.of(stored).candidates().get(0);
        assertNull(view.silhouette());
        assertNull(view.calinskiHarabasz());
        assertEquals(List.of(), view.stabilityReplicates());
        // a run stored before segment stability was kept per candidate: none, not an error
        assertEquals(List.of(), view.segmentStability());

        StoredCandidate withSegments = new StoredCandidate(
                2,
                10.0,
                5.0,
                0.3,
                100,
                50.0,
                1.0,
                0.9,
                0.8,
                0.95,
                List.of(0.9),
                List.of(60, 40),
                true,
                List.of(
                        new StoredSegmentStability(1, 60, 0.91, 0.93),
                        new StoredSegmentStability(2, 40, Double.NaN, null)));
        List<SegmentStabilityView> segments = ReportViews.of(
                        new StoredRunReport(List.of(withSegments), List.of(), null, null))
                .candidates()
                .get(0)
                .segmentStability();
        assertEquals(
                List.of(new SegmentStabilityView(1, 60, 0.91, 0.93), new SegmentStabilityView(2, 40, null, null)),
                segments);

        StoredSegment brokenShare =
                new StoredSegment("r:1", "r", 1, "x", 10, Double.NaN, null, List.of(), List.of(), List.of());
        assertThrows(
                IllegalArgumentException.class,
                () -> ReportViews.of(new StoredRunReport(List.of(), List.of(brokenShare), List.of(), null)));
    }

    private static byte[] fixture(String name) throws IOException {
        try (InputStream in = StoredReportViewsTest.class.getResourceAsStream("/stored/" + name)) {
            if (in == null) {
                throw new IOException("no fixture stored/" + name);
            }
            return in.readAllBytes();
        }
    }
}
