package org.psychograph.segmentation.clustering;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.oracle.labs.mlrg.olcut.util.Pair;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.tribuo.Dataset;
import org.tribuo.clustering.ClusterID;
import org.tribuo.clustering.kmeans.KMeansModel;
import org.tribuo.clustering.kmeans.KMeansTrainer;
import org.tribuo.math.distance.Distance;
import org.tribuo.math.la.DenseVector;

/**
 * The centroid update on arrays must not change a single fit: for the same data, k, seed and distance, the model
 * of {@link ArrayMeanKMeansTrainer} has bit for bit the centroids and segment sizes of Tribuo's own trainer. Checked
 * on planted Likert answers, on a real survey, on bootstrap views with repeated rows, for every distance, and
 * where k exceeds the distinct points (Tribuo's zero centroid for an emptied segment).
 */
class ArrayMeanKMeansTrainerTest {

    private static final int ITERATIONS = 100;

    @Test
    void plantedLikertFitsAreIdenticalToTribuosForManyKAndSeeds() {
        BasisDataset data = new BasisDataset(PlantedLikert.generate(3_000, 20, 5, 77));
        int compared = 0;
        for (int k = 2; k <= 8; k++) {
            for (long seed = 1; seed <= 4; seed++) {
                assertSameFit(data.tribuoDataset(), k, seed, DistanceMeasure.L2);
                compared++;
            }
        }
        assertEquals(28, compared);
    }

    @Test
    void mcdonaldsFitsAreIdenticalForEveryDistance() {
        BasisDataset data = new BasisDataset(McDonaldsSurvey.load().attributes());
        for (DistanceMeasure distance : DistanceMeasure.values()) {
            for (int k = 2; k <= 6; k++) {
                assertSameFit(data.tribuoDataset(), k, 1234 + k, distance);
            }
        }
    }

    @Test
    void bootstrapViewsWithRepeatedRowsAreIdentical() {
        BasisDataset data = new BasisDataset(PlantedLikert.generate(2_000, 12, 4, 5));
        SplittableRandom random = new SplittableRandom(9);
        for (int replicate = 0; replicate < 6; replicate++) {
            int[] rows = new int[1_500];
            for (int i = 0; i < rows.length; i++) {
                rows[i] = random.nextInt(data.rows());
            }
            assertSameFit(data.view(rows), 3 + replicate % 4, replicate, DistanceMeasure.L2);
        }
    }

    @Test
    void anEmptiedSegmentKeepsTribuosZeroCentroid() {
        // 3 distinct points, k = 5: two segments must end empty, and Tribuo leaves them at the origin
        List<double[]> values = new ArrayList<>();
        for (int copy = 0; copy < 10; copy++) {
            values.add(new double[] {10, 20});
            values.add(new double[] {11, 22});
            values.add(new double[] {12, 24});
        }
        String[] ids = new String[values.size()];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = "r" + i;
        }
        BasisMatrix matrix = new BasisMatrix(ids, new String[] {"x", "y"}, values.toArray(double[][]::new));
        KMeansModel ours = assertSameFit(new BasisDataset(matrix).tribuoDataset(), 5, 3, DistanceMeasure.L2);
        boolean someEmpty = false;
        for (Pair<String, Long> count : ours.getOutputIDInfo().outputCountsIterable()) {
            someEmpty |= count.getB() == 0L;
        }
        assertTrue(someEmpty, "the case must empty a segment to check the zero centroid");
    }

    private static KMeansModel assertSameFit(Dataset<ClusterID> dataset, int k, long seed, DistanceMeasure measure) {
        Distance distance = measure.tribuoType().getDistance();
        KMeansModel stock = new KMeansTrainer(k, ITERATIONS, distance, KMeansTrainer.Initialisation.PLUSPLUS, 1, seed)
                .train(dataset, Collections.emptyMap(), 0);
        ArrayMeanKMeansTrainer trainer = new ArrayMeanKMeansTrainer(k, ITERATIONS, distance, seed);
        KMeansModel ours = trainer.train(dataset, Collections.emptyMap(), 0);
        assertTrue(trainer.usedArrays(), "the dense rows must take the array path");
        DenseVector[] expected = stock.getCentroidVectors();
        DenseVector[] actual = ours.getCentroidVectors();
        assertEquals(expected.length, actual.length);
        for (int c = 0; c < expected.length; c++) {
            assertArrayEquals(
                    expected[c].toArray(), actual[c].toArray(), 0.0, "k=" + k + " seed=" + seed + " centroid " + c);
        }
        assertEquals(counts(stock), counts(ours), "segment sizes, k=" + k + " seed=" + seed);
        return ours;
    }

    private static List<Long> counts(KMeansModel model) {
        List<Long> counts = new ArrayList<>();
        for (Pair<String, Long> count : model.getOutputIDInfo().outputCountsIterable()) {
            counts.add(count.getB());
        }
        return counts;
    }
}
