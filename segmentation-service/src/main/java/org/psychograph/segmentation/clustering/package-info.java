/**
 * The segmentation engine: pure Java on Tribuo k-means, no Quarkus, no database.
 * <p>
 * In one process: {@link org.psychograph.segmentation.clustering.preparation.DataPreparation} turns raw answers
 * into a {@link org.psychograph.segmentation.clustering.BasisMatrix}, and
 * {@link org.psychograph.segmentation.clustering.SegmentationAnalysis#run} does the rest (candidates per k,
 * {@link org.psychograph.segmentation.clustering.KRecommendation}, profiles, stored model).
 * <p>
 * Across workers (a job queue), the same steps one task at a time; every result is a record of arrays that
 * {@link org.psychograph.segmentation.clustering.ResultCodec} writes as JSON:
 * <ol>
 * <li>{@code SegmentationPlan.of(config, restartsPerTask, replicatesPerTask)} lists the tasks.</li>
 * <li>Each worker builds a {@code BasisDataset} from the prepared matrix (check the data fingerprint) and a
 * {@code ClusteringEngine}, and runs any {@code ClusteringTask} into a {@code ClusteringTaskResult}.</li>
 * <li>When every restart batch of a k is done: {@code TaskCombination.bestSolution(...)} gives that k's
 * {@code SegmentSolution} (store it: it is the reference of the bootstrap tasks and the candidate's
 * solution).</li>
 * <li>Workers run that k's {@code BootstrapTask}s against the stored solution.</li>
 * <li>When all are done: {@code TaskCombination.stability(...)} and {@code TaskCombination.candidate(...)}; after
 * the last k, {@code KRecommendation.recommend(candidates)}, {@code SegmentProfiler.profile(...)} and
 * {@code SegmentationAnalysis.model(...)}.</li>
 * </ol>
 * Every random choice is derived from the run seed and the choice's indices ({@link
 * org.psychograph.segmentation.clustering.FitSeeds}), so the result is identical whatever the batching, the
 * number of workers or threads, and the order in which tasks finish.
 */
package org.psychograph.segmentation.clustering;
