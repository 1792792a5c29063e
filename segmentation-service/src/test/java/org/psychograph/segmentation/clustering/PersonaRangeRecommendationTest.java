package org.psychograph.segmentation.clustering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The recommendation within the persona range and the structure verdict, on hand-made evidence. */
class PersonaRangeRecommendationTest {

    /** A candidate with a fixed stability box, a reference box and segment Jaccards. */
    private static Candidate candidate(
            int k, double median, double reference, double silhouette, double... segmentJaccard) {
        GlobalStability global = new GlobalStability(new double[] {median}, median, median - 0.02, median + 0.02, 0);
        GlobalStability shuffled = Double.isNaN(reference)
                ? GlobalStability.none()
                : new GlobalStability(new double[] {reference}, reference, reference - 0.02, reference + 0.02, 0);
        List<SegmentStability> segments = new ArrayList<>();
        for (int s = 0; s < segmentJaccard.length; s++) {
            segments.add(
                    new SegmentStability(s, segmentJaccard[s], segmentJaccard[s], new double[] {segmentJaccard[s]}));
        }
        StabilityAnalysis stability =
                new StabilityAnalysis(k, global, segments, 0, shuffled, new double[] {10}, new double[] {10});
        return new Candidate(k, 100.0 / k, 50.0 / k, silhouette, 100, 10, 1, stability, null);
    }

    @Test
    void aPeakInTheRangeWinsOverTheMostStableSplit() {
        List<Candidate> candidates = List.of(
                candidate(2, 0.95, 0.30, 0.50, 0.9, 0.9),
                candidate(3, 0.60, 0.30, 0.40, 0.7, 0.5, 0.6),
                candidate(4, 0.85, 0.30, 0.35, 0.8, 0.8, 0.7, 0.7),
                candidate(5, 0.55, 0.30, 0.30, 0.6, 0.5, 0.5, 0.4, 0.4));
        StructureAssessment structure = StructureAssessment.assess(candidates);
        KRecommendation recommendation = KRecommendation.recommend(candidates, structure, PersonaRange.DEFAULT);
        assertEquals(StructureType.NATURAL, structure.type());
        assertEquals(4, recommendation.k(), recommendation.reason());
        assertEquals(2, recommendation.mostStableSplit().k());
        assertTrue(recommendation.reason().startsWith("k=4 within the persona range 3..6: stability peaks"));
        assertTrue(recommendation.reason().contains("The most stable split overall is k=2"), recommendation.reason());
    }

    @Test
    void withoutAPeakTheSegmentLevelStabilityDecides() {
        List<Candidate> candidates = List.of(
                candidate(3, 0.70, 0.30, 0.30, 0.8, 0.5, 0.6),
                candidate(4, 0.70, 0.30, 0.20, 0.8, 0.8, 0.7, 0.65),
                candidate(5, 0.70, 0.30, 0.40, 0.8, 0.8, 0.7, 0.4, 0.7),
                candidate(6, 0.70, 0.30, 0.40, 0.8, 0.8, 0.7, 0.4, 0.7, 0.7));
        StructureAssessment structure = StructureAssessment.assess(candidates);
        KRecommendation recommendation = KRecommendation.recommend(candidates, structure, PersonaRange.DEFAULT);
        assertEquals(StructureType.REPRODUCIBLE, structure.type());
        assertEquals(4, recommendation.k(), "every segment of k=4 is stable: " + recommendation.reason());
        assertTrue(recommendation.reason().contains("the most stable segments"), recommendation.reason());
    }

    @Test
    void atTheReferenceLevelTheDataIsConstructiveAndTheRangeStillHoldsTheAnswer() {
        List<Candidate> candidates = List.of(
                candidate(2, 0.35, 0.33, 0.30, 0.5, 0.5),
                candidate(3, 0.30, 0.31, 0.25, 0.4, 0.4, 0.4),
                candidate(4, 0.29, 0.30, 0.22, 0.4, 0.4, 0.4, 0.4));
        StructureAssessment structure = StructureAssessment.assess(candidates);
        KRecommendation recommendation = KRecommendation.recommend(candidates, structure, PersonaRange.DEFAULT);
        assertEquals(StructureType.CONSTRUCTIVE, structure.type());
        assertTrue(structure.explanation().startsWith("Constructive segmentation"), structure.explanation());
        assertTrue(PersonaRange.DEFAULT.contains(recommendation.k()));
        assertTrue(recommendation.reason().contains("constructive"), recommendation.reason());
    }

    @Test
    void aRangeOutsideTheAnalysedKsFallsBackToEveryKAndSaysSo() {
        List<Candidate> candidates = List.of(candidate(7, 0.80, 0.30, 0.30, 0.8), candidate(8, 0.60, 0.30, 0.30, 0.7));
        KRecommendation recommendation =
                KRecommendation.recommend(candidates, StructureAssessment.assess(candidates), new PersonaRange(3, 5));
        assertEquals(7, recommendation.k());
        assertTrue(
                recommendation.reason().contains("no k of the persona range 3..5 was analysed"),
                recommendation.reason());
    }

    @Test
    void aRunStoredBeforeTheReferenceIsNotCalledConstructive() {
        List<Candidate> candidates = List.of(
                candidate(3, 0.90, Double.NaN, 0.30, 0.8, 0.8, 0.8),
                candidate(4, 0.60, Double.NaN, 0.30, 0.8, 0.5, 0.5, 0.5));
        StructureAssessment structure = StructureAssessment.assess(candidates);
        KRecommendation recommendation = KRecommendation.recommend(candidates, structure, PersonaRange.DEFAULT);
        assertNull(structure.type());
        assertFalse(recommendation.reason().contains("constructive"), recommendation.reason());
        assertEquals(3, recommendation.k());
    }

    @Test
    void theLargestKCannotBeAPeak() {
        List<Candidate> candidates = List.of(candidate(3, 0.50, 0.30, 0.3, 0.6), candidate(4, 0.90, 0.30, 0.3, 0.8));
        StructureAssessment structure = StructureAssessment.assess(candidates);
        assertFalse(structure.peak(4), "no k+1 to compare with");
        assertTrue(structure.clearlyAbove(4));
    }
}
