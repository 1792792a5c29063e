package org.psychograph.segmentation.clustering;

import java.util.List;
import java.util.Optional;
import org.psychograph.segmentation.clustering.profile.ChosenSolution;
import org.psychograph.segmentation.clustering.storage.SegmentationModel;

/**
 * Everything a run produced: the evidence for every k, the recommendation, the profiled recommended solution and
 * its stored model.
 *
 * @param candidates     one per k that could be fitted, in k order
 * @param recommendation the recommended k and why
 * @param chosen         the recommended solution, profiled
 * @param model          the recommended solution, ready to store and to assign new respondents
 * @param notes          what the analyst should know (e.g. a k that could not be fitted)
 * @param structure      natural, reproducible or constructive segments, per k against structureless data
 */
public record SegmentationResult(
        ClusteringConfig config,
        List<Candidate> candidates,
        KRecommendation recommendation,
        ChosenSolution chosen,
        SegmentationModel model,
        List<String> notes,
        StructureAssessment structure) {

    public SegmentationResult {
        candidates = List.copyOf(candidates);
        notes = List.copyOf(notes);
    }

    public Optional<Candidate> candidate(int k) {
        return candidates.stream().filter(c -> c.k() == k).findFirst();
    }
}
