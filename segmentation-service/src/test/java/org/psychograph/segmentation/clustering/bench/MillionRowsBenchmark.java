package org.psychograph.segmentation.clustering.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import org.psychograph.segmentation.clustering.ClusteringConfig;
import org.psychograph.segmentation.clustering.SegmentationAnalysis;
import org.psychograph.segmentation.clustering.SegmentationResult;
import org.psychograph.segmentation.clustering.SyntheticBlobs;

/**
 * 1,000,000 respondents x 40 variables, k = 6, 10 restarts, no bootstrap: wall time and peak heap
 * (sampled every 50 ms, garbage included). Run with the heap limit under test, e.g.
 * {@code java -Xmx3g -cp ... org.psychograph.segmentation.clustering.bench.MillionRowsBenchmark [rows]}.
 */
public final class MillionRowsBenchmark {

    private MillionRowsBenchmark() {}

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        long[] peak = {0};
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                long used = 0;
                for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                    if (pool.getType() == MemoryType.HEAP) {
                        used += pool.getUsage().getUsed();
                    }
                }
                peak[0] = Math.max(peak[0], used);
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampler.setDaemon(true);
        sampler.start();
        long t0 = System.nanoTime();
        SyntheticBlobs blobs = SyntheticBlobs.generate(rows, 40, 6, 4.0, 42);
        long generated = System.nanoTime();
        ClusteringConfig config = ClusteringConfig.forFixedK(6, 42).withBootstrap(0, 1);
        SegmentationResult result = SegmentationAnalysis.run(blobs.matrix(), config);
        long done = System.nanoTime();
        sampler.interrupt();
        System.out.printf(
                "BENCHMARK rows=%d vars=40 k=6 restarts=%d: data %.1f s, analysis %.1f s, peak heap %.0f MB "
                        + "(max %.0f MB), segments %s%n",
                rows,
                config.restarts(),
                (generated - t0) / 1e9,
                (done - generated) / 1e9,
                peak[0] / 1e6,
                Runtime.getRuntime().maxMemory() / 1e6,
                java.util.Arrays.toString(result.candidates().get(0).solution().sizes()));
    }
}
