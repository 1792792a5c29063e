package org.psychograph.segmentation.stored;

import org.psychograph.segmentation.clustering.ResultCodec;

/** The stored form of a model application's report: a stored document (format {@link StoredApplicationReport#FORMAT}), gzip JSON. */
public final class ApplicationReportStorage {

    private ApplicationReportStorage() {}

    public static byte[] encode(StoredApplicationReport report) {
        return Compression.gzip(ResultCodec.toStoredJson(StoredApplicationReport.FORMAT, report));
    }

    /** Reads every format up to {@link StoredApplicationReport#FORMAT}, skipping fields a later release added. */
    public static StoredApplicationReport decode(byte[] stored) {
        return ResultCodec.fromStoredJson(
                Compression.gunzip(stored),
                StoredApplicationReport.class,
                StoredApplicationReport.FORMAT,
                "model application report");
    }
}
