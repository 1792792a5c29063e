package org.psychograph.segmentation.clustering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class KRecommendationTest {

    private static Candidate candidate(int k, double medianAri, double silhouette) {
        GlobalStability global = Double.isNaN(medianAri)
                ? GlobalStability.none()
                : new GlobalStability(new double[] {medianAri}, medianAri, medianAri, medianAri, 0);
        return new Candidate(
                k, 100.0 / k, 50.0 / k, silhouette, 100, 10, 1, new StabilityAnalysis(k, global, List.of(), 0), null);
    }

    @Test
    void choosesTheBestSeparatedAmongTheStable() {
        KRecommendation recommendation = KRecommendation.mostStableSplit(List.of(
                candidate(2, 0.95, 0.40),
                candidate(3, 0.70, 0.70),
                candidate(4, 0.90, 0.55),
                candidate(5, 0.85, 0.45)));
        assertEquals(4, recommendation.k());
        assertTrue(
                recommendation.reason().startsWith("k=4: median bootstrap ARI of at least 0.80 for k=2, 4, 5"),
                recommendation.reason());
    }

    @Test
    void prefersFewerSegmentsWhenSilhouettesAreWithinTolerance() {
        KRecommendation recommendation = KRecommendation.mostStableSplit(
                List.of(candidate(3, 0.9, 0.50), candidate(4, 0.9, 0.51), candidate(5, 0.9, 0.30)));
        assertEquals(3, recommendation.k());
        assertTrue(recommendation.reason().contains("fewest segments"), recommendation.reason());
    }

    @Test
    void fallsBackToTheMostStableWhenNoneIsStable() {
        KRecommendation recommendation = KRecommendation.mostStableSplit(
                List.of(candidate(2, 0.60, 0.30), candidate(3, 0.65, 0.25), candidate(4, 0.40, 0.60)));
        assertEquals(2, recommendation.k());
        assertTrue(recommendation.reason().contains("no k reaches"), recommendation.reason());
    }

    @Test
    void usesSilhouetteAloneWithoutBootstrap() {
        KRecommendation recommendation =
                KRecommendation.mostStableSplit(List.of(candidate(2, Double.NaN, 0.3), candidate(3, Double.NaN, 0.6)));
        assertEquals(3, recommendation.k());
        assertTrue(recommendation.reason().contains("no bootstrap stability"), recommendation.reason());
    }
}
