package org.psychograph.segmentation.clustering.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.Arrays;
import org.psychograph.segmentation.clustering.Assigner;
import org.psychograph.segmentation.clustering.BasisMatrix;
import org.psychograph.segmentation.clustering.ClusteringConfig;
import org.psychograph.segmentation.clustering.DistanceMeasure;
import org.psychograph.segmentation.clustering.NearestCentroids;
import org.psychograph.segmentation.clustering.Placement;
import org.psychograph.segmentation.clustering.SegmentSolution;
import org.psychograph.segmentation.clustering.SegmentationAnalysis;
import org.psychograph.segmentation.clustering.SyntheticBlobs;
import org.psychograph.segmentation.clustering.preparation.PreparationParameters;
import org.psychograph.segmentation.clustering.tracking.DriftAnalysis;
import org.psychograph.segmentation.clustering.tracking.DriftReport;
import org.psychograph.segmentation.model.PlacementColumns;

/**
 * A model applied to 1,000,000 respondents x 40 questions, as the model application job does it: k = 6 fitted on
 * the first 20,000 rows, then every row placed page by page (5,000 rows, survey-service's matrix page) into the
 * job's columns, and the drift report against the fitting rows. Reports the time of each part and the heap the
 * job's own state retains (placements and baseline), measured after a GC with the generated input subtracted.
 * Through the suite the same job also reads 200 matrix pages from survey-service and writes 1,000,000 rows;
 * those are not in this figure. {@code java -Xmx3g -cp ... ModelApplicationBenchmark [rows]}.
 */
public final class ModelApplicationBenchmark {

    private ModelApplicationBenchmark() {}

    public static void main(String[] args) {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int fittingRows = 20_000;
        int page = 5_000;
        SyntheticBlobs blobs = SyntheticBlobs.generate(rows, 40, 6, 4.0, 42);
        BasisMatrix all = blobs.matrix();
        BasisMatrix fittingData = new BasisMatrix(
                Arrays.copyOf(all.respondentIds(), fittingRows),
                all.variableCodes(),
                Arrays.copyOf(all.values(), fittingRows));

        long t0 = System.nanoTime();
        SegmentSolution solution = SegmentationAnalysis.run(
                        fittingData, ClusteringConfig.forFixedK(6, 42).withBootstrap(0, 1))
                .candidates()
                .get(0)
                .solution();
        NearestCentroids nearest = new NearestCentroids(solution.centroids(), DistanceMeasure.L2);
        int[] fitLabels = new int[fittingRows];
        double[] fitDistances = new double[fittingRows];
        nearest.assign(fittingData.values(), fitLabels, fitDistances);
        long fitted = System.nanoTime();

        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        long before = memory.getHeapMemoryUsage().getUsed();
        long t1 = System.nanoTime();
        Assigner assigner = new Assigner(
                PreparationParameters.identity(all.variableCodes()), solution.centroids(), DistanceMeasure.L2);
        PlacementColumns placed = new PlacementColumns();
        double[] raw = new double[all.variables()];
        for (int from = 0; from < rows; from += page) {
            for (int i = from; i < Math.min(rows, from + page); i++) {
                // a page row arrives as boxed values from JSON; the job copies it into one reused array
                System.arraycopy(all.values()[i], 0, raw, 0, raw.length);
                Placement p = assigner.assign(raw);
                // a fresh id string, as the job reads each id from a JSON page
                String id = String.valueOf(all.respondentIds()[i].toCharArray());
                placed.add(id, p.segment(), p.distance(), p.margin());
            }
        }
        long placedAt = System.nanoTime();
        DriftReport drift = DriftAnalysis.compare(6, fitLabels, fitDistances, placed.segments(), placed.distances());
        long reported = System.nanoTime();
        System.gc();
        long after = memory.getHeapMemoryUsage().getUsed();
        System.out.printf(
                "BENCHMARK apply model rows=%d vars=40 k=6: fit on %d rows %.1f s; placing %.2f s (%.0f rows/s); "
                        + "drift report %.3f s; heap retained by the placements %.0f MB; verdict %s: %s%n",
                rows,
                fittingRows,
                (fitted - t0) / 1e9,
                (placedAt - t1) / 1e9,
                rows / ((placedAt - t1) / 1e9),
                (reported - placedAt) / 1e9,
                (after - before) / 1e6,
                drift.verdict(),
                drift.summary());
        // the input stays reachable until after the second measurement, or its collection would hide the placements
        if (placed.size() != all.rows()) {
            throw new IllegalStateException("placed " + placed.size() + " of " + rows);
        }
    }
}
