package org.psychograph.segmentation.jobs;

import org.psychograph.segmentation.clustering.ResultCodec;
import org.psychograph.segmentation.graphql.types.RunReport;

/** The stored form of a run's report: gzip JSON. */
public final class ReportStorage {

    private ReportStorage() {
    }

    public static RunReport decode(byte[] stored) {
        return ResultCodec.fromJson(Compression.gunzip(stored), RunReport.class);
    }
}
