package org.psychograph.segmentation.clustering.bench;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.psychograph.segmentation.clustering.BasisDataset;
import org.psychograph.segmentation.clustering.BasisMatrix;
import org.psychograph.segmentation.clustering.BootstrapTask;
import org.psychograph.segmentation.clustering.Candidate;
import org.psychograph.segmentation.clustering.ClusteringConfig;
import org.psychograph.segmentation.clustering.ClusteringEngine;
import org.psychograph.segmentation.clustering.ClusteringTask;
import org.psychograph.segmentation.clustering.ClusteringTaskResult;
import org.psychograph.segmentation.clustering.FitSeeds;
import org.psychograph.segmentation.clustering.FitSeeds.Purpose;
import org.psychograph.segmentation.clustering.KRecommendation;
import org.psychograph.segmentation.clustering.McDonaldsSurvey;
import org.psychograph.segmentation.clustering.PlantedLikert;
import org.psychograph.segmentation.clustering.RunControl;
import org.psychograph.segmentation.clustering.SegmentSolution;
import org.psychograph.segmentation.clustering.SegmentationAnalysis;
import org.psychograph.segmentation.clustering.SegmentationPlan;
import org.psychograph.segmentation.clustering.SegmentationResult;
import org.psychograph.segmentation.clustering.SequentialStability;
import org.psychograph.segmentation.clustering.StabilityAnalysis;
import org.psychograph.segmentation.clustering.SyntheticBlobs;
import org.psychograph.segmentation.clustering.TaskCombination;
import org.psychograph.segmentation.clustering.typing.TypingSettings;
import org.psychograph.segmentation.clustering.typing.TypingTool;
import org.psychograph.segmentation.clustering.typing.TypingToolBuilder;
import org.tribuo.clustering.kmeans.KMeansTrainer;

/**
 * Wall-clock benchmark of the clustering engine (not a test; timing goals live here, not in unit tests).
 * <pre>
 *   mcdonalds              full study on the MSA fast-food data: k 2..8, 10 restarts, 100 bootstrap pairs per k
 *                          (3 restarts per sample), pool = cores; run twice (cold and warm JIT)
 *   large [rows] [pool]    rows x 30 synthetic blobs (default 100000, pool 1): k 2..8 x 10 restarts, then 50
 *                          bootstrap pairs x 1 restart = 100 fits at the recommended k; compared with the sum of
 *                          bare KMeansTrainer.train times for the same fits (same seeds, same data and views)
 *   panel [rows] [pairs]   rows x 50 answers on a 1..5 scale from 5 planted segments (default 20000, 10 pairs):
 *                          k 2..8 x 10 restarts, then the bootstrap (pairs per k x 3 restarts per sample) with
 *                          samples capped (ClusteringConfig.bootstrapSampleSize) and full size: time and medians
 *   panelstudy [rows] [precision]  the same survey's whole default study (SegmentationAnalysis.run: k 2..8, 10
 *                          restarts, up to 100 pairs, the structureless reference), as a run does it in one process;
 *                          precision 0 draws every pair (before issue 17's sequential stability), default 0.02
 * </pre>
 * Run from segmentation-service after {@code test-compile}, with the test classpath.
 */
public final class ClusteringBenchmark {

    private static final Logger TRIBUO_LOGGER = Logger.getLogger(KMeansTrainer.class.getName());

    private ClusteringBenchmark() {}

    public static void main(String[] args) throws Exception {
        TRIBUO_LOGGER.setLevel(Level.WARNING);
        String mode = args.length > 0 ? args[0] : "mcdonalds";
        if (mode.equals("panelstudy")) {
            int rows = args.length > 1 ? Integer.parseInt(args[1]) : 20_000;
            double precision = args.length > 2 ? Double.parseDouble(args[2]) : SequentialStability.DEFAULT_PRECISION;
            BasisMatrix matrix = PlantedLikert.generate(rows, 50, 5, 2024);
            long start = System.nanoTime();
            SegmentationResult result = SegmentationAnalysis.run(
                    matrix, ClusteringConfig.forRange(2, 8, 1234).withStabilityPrecision(precision));
            for (Candidate c : result.candidates()) {
                System.out.printf(
                        Locale.ROOT,
                        "k=%d median ARI %.3f (Q1 %.3f, Q3 %.3f) on %d pairs%n",
                        c.k(),
                        c.stability().global().median(),
                        c.stability().global().firstQuartile(),
                        c.stability().global().thirdQuartile(),
                        c.stability().global().replicates());
            }
            System.out.printf(
                    Locale.ROOT,
                    "panel study %d x 50 on %d threads: %.1f s; recommended %s; notes %s%n",
                    rows,
                    Runtime.getRuntime().availableProcessors(),
                    seconds(start),
                    result.recommendation().reason(),
                    result.notes());
        } else if (mode.equals("panel")) {
            panel(
                    args.length > 1 ? Integer.parseInt(args[1]) : 20_000,
                    args.length > 2 ? Integer.parseInt(args[2]) : 10);
        } else if (mode.equals("large")) {
            int rows = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
            int pool = args.length > 2 ? Integer.parseInt(args[2]) : 1;
            large(rows, pool);
        } else {
            mcdonalds();
        }
    }

    private static void mcdonalds() {
        BasisMatrix matrix = McDonaldsSurvey.load().attributes();
        ClusteringConfig config = ClusteringConfig.forRange(2, 8, 1234);
        // -Dbench.repeats=N: N warm studies after the cold one (the machine is noisy: compare medians)
        int repeats = Integer.getInteger("bench.repeats", 1);
        List<String> runs = new ArrayList<>(List.of("cold"));
        for (int r = 0; r < repeats; r++) {
            runs.add("warm");
        }
        for (String run : runs) {
            long start = System.nanoTime();
            SegmentationResult result = SegmentationAnalysis.run(matrix, config);
            double seconds = (System.nanoTime() - start) / 1e9;
            // the typing tool FINALISE builds for the chosen solution (issue 15), timed on its own
            start = System.nanoTime();
            SegmentSolution chosen =
                    result.candidate(result.recommendation().k()).orElseThrow().solution();
            TypingTool typing = TypingToolBuilder.build(
                    matrix.values(),
                    matrix.variableCodes(),
                    chosen.labels(),
                    chosen.k(),
                    TypingSettings.defaults(config.seed()));
            double typingSeconds = (System.nanoTime() - start) / 1e9;
            System.out.printf(
                    Locale.ROOT,
                    "mcdonalds %s: %.2f s on %d threads (%d fits, of which %d on the structureless reference), "
                            + "typing tool %.2f s (%s, holdout %.3f); recommended %s%n",
                    run,
                    seconds,
                    Runtime.getRuntime().availableProcessors(),
                    new SegmentationPlan(config, List.of(), List.of(), List.of()).totalFits(),
                    7L * 2 * config.referenceReplicates() * config.bootstrapRestarts(),
                    typingSeconds,
                    typing.goldenQuestions(),
                    typing.holdoutAccuracy(),
                    result.recommendation().reason());
        }
    }

    /** Issue 17's panel survey: what capping the bootstrap samples saves, and what it moves. */
    private static void panel(int rows, int pairs) {
        BasisMatrix matrix = PlantedLikert.generate(rows, 50, 5, 2024);
        ClusteringConfig config = ClusteringConfig.forRange(2, 8, 1234).withBootstrap(pairs, 3);
        BasisDataset data = new BasisDataset(matrix);
        int cores = Runtime.getRuntime().availableProcessors();
        ExecutorService pool = Executors.newFixedThreadPool(cores);
        try {
            ClusteringEngine capped = new ClusteringEngine(data, config, pool, RunControl.none());
            ClusteringEngine full = new ClusteringEngine(data, config, pool, RunControl.none(), n -> n);
            long start = System.nanoTime();
            config.ks().forEach(k -> capped.run(new ClusteringTask(k, 0, config.restarts())));
            System.out.printf(
                    Locale.ROOT,
                    "panel %d x 50 on %d threads: restarts (k 2..8 x %d) %.1f s%n",
                    rows,
                    cores,
                    config.restarts(),
                    seconds(start));
            double[][] medians = new double[2][config.kMax() + 1];
            double[] took = new double[2];
            ClusteringEngine[] engines = {capped, full};
            for (int e = 0; e < 2; e++) {
                long bootStart = System.nanoTime();
                for (int k = config.kMin(); k <= config.kMax(); k++) {
                    double[] ari = engines[e]
                            .runGlobalOnly(new BootstrapTask(k, 0, pairs))
                            .adjustedRand();
                    medians[e][k] = median(ari);
                }
                took[e] = seconds(bootStart);
            }
            System.out.printf(
                    Locale.ROOT,
                    "  bootstrap, %d pairs per k: samples of %d: %.1f s; full size (%d): %.1f s (%.2fx)%n",
                    pairs,
                    ClusteringConfig.bootstrapSampleSize(rows),
                    took[0],
                    rows,
                    took[1],
                    took[1] / took[0]);
            for (int k = config.kMin(); k <= config.kMax(); k++) {
                System.out.printf(
                        Locale.ROOT,
                        "  k=%d median stability capped %.3f, full %.3f (%+.3f)%n",
                        k,
                        medians[0][k],
                        medians[1][k],
                        medians[0][k] - medians[1][k]);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static double median(double[] values) {
        double[] sorted = java.util.Arrays.stream(values)
                .filter(Double::isFinite)
                .sorted()
                .toArray();
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static void large(int rows, int poolSize) {
        // JIT warm-up of both the engine's and the bare path, so neither side pays compilation in the timings
        measureLarge(3_000, poolSize, false);
        measureLarge(rows, poolSize, true);
    }

    private static void measureLarge(int rows, int poolSize, boolean print) {
        SyntheticBlobs blobs = SyntheticBlobs.generate(rows, 30, 5, 6.0, 2024);
        ClusteringConfig config = ClusteringConfig.forRange(2, 8, 7).withBootstrap(50, 1);
        BasisDataset data = new BasisDataset(blobs.matrix());
        ExecutorService pool = Executors.newFixedThreadPool(poolSize);
        try {
            ClusteringEngine engine = new ClusteringEngine(data, config, pool, RunControl.none());
            long cpuStart = processCpu();
            long start = System.nanoTime();
            List<SegmentSolution> solutions = new ArrayList<>();
            for (int k = config.kMin(); k <= config.kMax(); k++) {
                long kStart = System.nanoTime();
                ClusteringTaskResult batch = engine.run(new ClusteringTask(k, 0, config.restarts()));
                solutions.add(TaskCombination.bestSolution(blobs.matrix(), config, k, List.of(batch))
                        .orElseThrow());
                if (print) {
                    System.out.printf(
                            Locale.ROOT, "  k=%d: %d restarts in %.1f s%n", k, config.restarts(), seconds(kStart));
                }
            }
            double clustering = seconds(start);
            long clusteringCpu = processCpu() - cpuStart;
            start = System.nanoTime();
            List<Candidate> candidates = new ArrayList<>();
            for (SegmentSolution solution : solutions) {
                candidates.add(TaskCombination.candidate(
                        blobs.matrix(),
                        config,
                        solution,
                        TaskCombination.stability(config.withBootstrap(0, 1), solution.k(), List.of()),
                        pool));
            }
            double indices = seconds(start);
            int chosen = KRecommendation.recommend(candidates).k();
            SegmentSolution reference = solutions.get(chosen - config.kMin());
            start = System.nanoTime();
            cpuStart = processCpu();
            StabilityAnalysis stability = TaskCombination.stability(
                    config,
                    chosen,
                    List.of(engine.run(new BootstrapTask(chosen, 0, config.bootstrapReplicates()), reference)));
            double bootstrap = seconds(start);
            double engineCpu = (clusteringCpu + processCpu() - cpuStart) / 1e9;

            double[] bare = bareFits(data, config, chosen);
            double engineFits = clustering + bootstrap;
            if (!print) {
                return;
            }
            System.out.printf(
                    Locale.ROOT,
                    "large %d x 30, pool %d: clustering %.1f s (70 fits), bootstrap %.1f s "
                            + "(100 fits, k=%d, median ARI %.3f), indices %.1f s (silhouette on %d rows x 7 k)%n",
                    rows,
                    poolSize,
                    clustering,
                    bootstrap,
                    chosen,
                    stability.global().median(),
                    indices,
                    candidates.get(0).silhouetteSampleSize());
            System.out.printf(
                    Locale.ROOT,
                    "wall: bare KMeansTrainer.train sum %.1f s, engine fits %.1f s " + "(pool %d), overhead %.1f %%%n",
                    bare[0],
                    engineFits,
                    poolSize,
                    100 * (engineFits / bare[0] - 1));
            System.out.printf(
                    Locale.ROOT,
                    "process CPU: bare %.1f s, engine fits %.1f s, overhead %.1f %%%n",
                    bare[1],
                    engineCpu,
                    100 * (engineCpu / bare[1] - 1));
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * The same 170 fits as the engine made (attempt 0 of each, same seeds and bootstrap views), timed bare:
     * {wall seconds, process CPU seconds}. CPU time is reported too because the build machines are shared and
     * wall time there varies by tens of percent.
     */
    private static double[] bareFits(BasisDataset data, ClusteringConfig config, int chosen) {
        double[] total = new double[2];
        for (int k = config.kMin(); k <= config.kMax(); k++) {
            for (int r = 0; r < config.restarts(); r++) {
                add(total, timeTrain(data, config, k, FitSeeds.derive(config.seed(), Purpose.RESTART, k, r, 0), null));
            }
        }
        for (int b = 0; b < config.bootstrapReplicates(); b++) {
            for (int side = 0; side < 2; side++) {
                int[] rows = FitSeeds.bootstrapRows(config.seed(), b, side, data.rows());
                add(
                        total,
                        timeTrain(
                                data,
                                config,
                                chosen,
                                FitSeeds.derive(config.seed(), Purpose.BOOTSTRAP_FIT, chosen, b, side, 0, 0),
                                rows));
            }
        }
        return total;
    }

    private static double[] timeTrain(BasisDataset data, ClusteringConfig config, int k, long seed, int[] rows) {
        var dataset = rows == null ? data.tribuoDataset() : data.view(rows);
        KMeansTrainer trainer = new KMeansTrainer(
                k,
                config.maxIterations(),
                config.distance().tribuoType().getDistance(),
                KMeansTrainer.Initialisation.PLUSPLUS,
                1,
                seed);
        long cpu = processCpu();
        long start = System.nanoTime();
        trainer.train(dataset, Map.of(), 0);
        return new double[] {seconds(start), (processCpu() - cpu) / 1e9};
    }

    private static void add(double[] total, double[] part) {
        total[0] += part[0];
        total[1] += part[1];
    }

    private static long processCpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
