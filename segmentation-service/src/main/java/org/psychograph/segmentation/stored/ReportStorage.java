package org.psychograph.segmentation.jobs;

import org.psychograph.segmentation.clustering.ResultCodec;
import org.psychograph.segmentation.api.types.RunReport;

/** The stored form of a run's report: gzip JSON. */
public final class ReportStorage {

    private ReportStorage() {
    }

    /**
     * The format the run report is stored in. 0: the report before formats existed (the same fields, no
     * envelope); 1: the same fields in a stored document. Raise it when a change means old reports need
     * translating on read, and keep a fixture of every format in the tests (StoredFormatsTest).
     */
    public static final int FORMAT = 1;

    public static byte[] encode(RunReport report) {
        return Compression.gzip(ResultCodec.toStoredJson(FORMAT, report));
    }

    public static RunReport decode(byte[] stored) {
        return ResultCodec.fromStoredJson(Compression.gunzip(stored), RunReport.class, FORMAT, "run report");
    }
}
