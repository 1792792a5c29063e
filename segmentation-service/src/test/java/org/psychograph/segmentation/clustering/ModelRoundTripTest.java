package org.psychograph.segmentation.clustering;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.psychograph.segmentation.clustering.preparation.DataPreparation;
import org.psychograph.segmentation.clustering.preparation.MissingValuePolicy;
import org.psychograph.segmentation.clustering.preparation.PreparedData;
import org.psychograph.segmentation.clustering.preparation.RawResponses;
import org.psychograph.segmentation.clustering.preparation.Standardisation;
import org.psychograph.segmentation.clustering.preparation.VariableScale;
import org.psychograph.segmentation.clustering.profile.Assignment;
import org.psychograph.segmentation.clustering.storage.DataFingerprint;
import org.psychograph.segmentation.clustering.storage.SegmentationModel;
import org.tribuo.Tribuo;
import org.tribuo.clustering.ClusterID;
import org.tribuo.clustering.kmeans.KMeansModel;

/**
 * A stored model assigns every training respondent, from their raw answers, to the segment the run gave them.
 * The data use 1-7 Likert answers with a reverse-coded item, missing answers (mean-imputed) and z-scores, so
 * every preparation step has to be replayed exactly.
 */
class ModelRoundTripTest {

    private static ExecutorService pool;
    private static RawResponses raw;
    private static PreparedData prepared;
    private static SegmentationResult result;

    @BeforeAll
    static void runOnce() {
        pool = Executors.newFixedThreadPool(2);
        SyntheticBlobs blobs = SyntheticBlobs.generate(400, 5, 3, 6.0, 5);
        SplittableRandom random = new SplittableRandom(8);
        String[] codes = {"trust", "price", "novelty", "brand", "service"};
        List<Double[]> rows = new ArrayList<>();
        for (double[] row : blobs.matrix().values()) {
            Double[] answers = new Double[row.length];
            for (int j = 0; j < row.length; j++) {
                long likert = Math.max(1, Math.min(7, Math.round(4 + row[j] / 4)));
                answers[j] = random.nextInt(50) == 0 ? null : (double) (j == 1 ? 8 - likert : likert);
            }
            rows.add(answers);
        }
        raw = RawResponses.fromNullable(blobs.matrix().respondentIds(), codes, rows);
        List<VariableScale> scales = List.of(
                VariableScale.of("trust", 1, 7),
                VariableScale.reversed("price", 1, 7),
                VariableScale.of("novelty", 1, 7),
                VariableScale.of("brand", 1, 7),
                VariableScale.of("service", 1, 7));
        prepared = new DataPreparation(MissingValuePolicy.MEAN_IMPUTE, Standardisation.ZSCORE).prepare(raw, scales);
        result = new SegmentationAnalysis(pool)
                .run(
                        prepared,
                        ClusteringConfig.forRange(2, 4, 77).withBootstrap(5, 1),
                        List.of(),
                        ProgressListener.none(),
                        () -> false);
    }

    @AfterAll
    static void stopPool() {
        pool.shutdownNow();
    }

    @Test
    void storedModelAssignsEveryTrainingRespondentToTheirSegment() {
        SegmentationModel restored = SegmentationModel.fromBytes(result.model().toBytes());
        Assigner assigner = Assigner.of(restored);
        List<Assignment> assignments = result.chosen().assignments();
        for (int r = 0; r < assignments.size(); r++) {
            Placement placement = assigner.assign(raw.values()[prepared.keptRows()[r]]);
            assertEquals(assignments.get(r).segment(), placement.segment(), "respondent " + r);
            assertEquals(assignments.get(r).distance(), placement.distance(), 1e-9);
        }
    }

    @Test
    void storedModelKeepsItsProvenanceAndCentroids() {
        SegmentationModel restored = SegmentationModel.fromBytes(result.model().toBytes());
        assertEquals(result.model().provenance(), restored.provenance());
        assertEquals(Tribuo.VERSION, restored.provenance().tribuoVersion());
        assertEquals(
                DataFingerprint.sha256(prepared.matrix()), restored.provenance().dataFingerprint());
        assertEquals(77L, restored.provenance().seed());
        assertArrayEquals(prepared.parameters().scales(), restored.preparation().scales(), 0.0);
        assertArrayEquals(
                prepared.parameters().reverseCoded(), restored.preparation().reverseCoded());

        KMeansModel tribuo = restored.tribuoKMeansModel();
        SegmentSolution solution =
                result.candidate(result.recommendation().k()).orElseThrow().solution();
        int[] featureIds = BasisDataset.featureIds(
                tribuo.getFeatureIDMap(), prepared.matrix().variableCodes());
        double[][] byCluster = BasisDataset.centroidsInColumnOrder(tribuo.getCentroidVectors(), featureIds);
        for (int cluster = 0; cluster < byCluster.length; cluster++) {
            assertArrayEquals(solution.centroids()[restored.segmentOfCluster()[cluster]], byCluster[cluster], 0.0);
        }
    }

    @Test
    void directNearestCentroidGivesTheSameLabelsAsTribuoPredict() {
        SegmentationModel model = result.model();
        KMeansModel tribuo = model.tribuoKMeansModel();
        BasisDataset data = new BasisDataset(prepared.matrix());
        SegmentSolution solution =
                result.candidate(result.recommendation().k()).orElseThrow().solution();
        int row = 0;
        for (var example : data.tribuoDataset()) {
            ClusterID predicted = tribuo.predict(example).getOutput();
            assertEquals(solution.labels()[row], model.segmentOfCluster()[predicted.getID()], "row " + row);
            row++;
        }
    }
}
