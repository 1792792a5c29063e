package org.psychograph.segmentation.stored;

import org.psychograph.segmentation.clustering.ResultCodec;

/** The stored form of a run's report: a stored document (format {@link StoredRunReport#FORMAT}), gzip JSON. */
public final class ReportStorage {

    private ReportStorage() {}

    public static byte[] encode(StoredRunReport report) {
        return Compression.gzip(ResultCodec.toStoredJson(StoredRunReport.FORMAT, report));
    }

    /** Reads every format up to {@link StoredRunReport#FORMAT}, skipping fields a later release added. */
    public static StoredRunReport decode(byte[] stored) {
        return ResultCodec.fromStoredJson(
                Compression.gunzip(stored), StoredRunReport.class, StoredRunReport.FORMAT, "run report");
    }
}
