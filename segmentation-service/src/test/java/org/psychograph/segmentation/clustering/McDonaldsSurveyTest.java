package org.psychograph.segmentation.clustering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.psychograph.segmentation.clustering.preparation.PreparedData;
import org.psychograph.segmentation.clustering.profile.CategoricalBreakdown;
import org.psychograph.segmentation.clustering.profile.CategoricalDescriptor;
import org.psychograph.segmentation.clustering.profile.ChosenSolution;
import org.psychograph.segmentation.clustering.profile.NumericBreakdown;
import org.psychograph.segmentation.clustering.profile.NumericDescriptor;

/**
 * The MSA book's fast-food case against flexclust 1.5.0's reference values (shared/datasets/msa-mcdonalds):
 * 11 yes/no attributes as 1/0, unstandardised, Euclidean, best of 10 restarts per k.
 */
class McDonaldsSurveyTest {

    private static final McDonaldsSurvey SURVEY = McDonaldsSurvey.load();
    private static ExecutorService pool;
    private static SegmentationResult result;

    @BeforeAll
    static void clusterWithoutBootstrap() {
        pool = Executors.newFixedThreadPool(2);
        result = new SegmentationAnalysis(pool)
                .run(
                        PreparedData.asIs(SURVEY.attributes()),
                        ClusteringConfig.forRange(2, 4, 1234).withBootstrap(0, 3),
                        List.of(),
                        ProgressListener.none(),
                        () -> false);
    }

    @AfterAll
    static void stopPool() {
        pool.shutdownNow();
    }

    @Test
    void flexclustsDistanceSumIsASumOfDistancesNotOfSquares() {
        // flexclust's k = 1 value, 1971.2, is the sum of Euclidean distances to the overall mean
        BasisMatrix matrix = SURVEY.attributes();
        double[] mean = ValidityIndices.segmentMeans(matrix, new int[matrix.rows()], 1)[0];
        double distances = 0;
        double squares = 0;
        for (double[] row : matrix.values()) {
            distances += Math.sqrt(DistanceMeasure.squaredEuclidean(row, mean));
            squares += DistanceMeasure.squaredEuclidean(row, mean);
        }
        assertEquals(1971.2, distances, 0.05);
        assertTrue(Math.abs(squares - 1971.2) > 100);
    }

    @Test
    void withinSegmentDistanceSumsMatchFlexclust() {
        assertEquals(1716.5, result.candidate(2).orElseThrow().withinDistanceSum(), 1716.5 * 0.01);
        assertEquals(1556.2, result.candidate(3).orElseThrow().withinDistanceSum(), 1556.2 * 0.01);
        // At k = 4 k-means has several local optima. flexclust's best of 10 with seed 1234 stopped at 1477.8;
        // the reproduction across seeds found 1449.5 (sizes 580/324/309/240), and k-means++ restarts here land
        // on that solution or next to it (about 1450-1454 for most seeds). Accept anything from 1% below the
        // best known value to 1% above flexclust's reference.
        double k4 = result.candidate(4).orElseThrow().withinDistanceSum();
        assertTrue(k4 >= 1449.5 * 0.99 && k4 <= 1477.8 * 1.01, "k=4 distance sum " + k4);
    }

    @Test
    void descriptorsOfTheFourSegmentSolutionAreAssociated() {
        ChosenSolution four = SegmentationAnalysis.profile(
                result,
                PreparedData.asIs(SURVEY.attributes()),
                4,
                List.of(
                        new CategoricalDescriptor("Like", SURVEY.like()),
                        new NumericDescriptor("Age", SURVEY.age()),
                        new CategoricalDescriptor("Gender", SURVEY.gender())));
        assertEquals(4, four.segments().size());
        assertEquals(1453, four.assignments().size());
        CategoricalBreakdown like = (CategoricalBreakdown) four.descriptors().get(0);
        assertEquals(11, like.categories().length);
        assertTrue(like.pValue() < 1e-10, "liking differs strongly between brand-image segments");
        NumericBreakdown age = (NumericBreakdown) four.descriptors().get(1);
        assertTrue(Double.isFinite(age.pValue()));
        four.segments()
                .forEach(segment -> assertTrue(!segment.markers().isEmpty(), "every segment has marker attributes"));
    }
}
