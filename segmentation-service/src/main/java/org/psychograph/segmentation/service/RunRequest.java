package org.psychograph.segmentation.service;

import java.util.List;
import org.psychograph.segmentation.model.DistanceChoice;
import org.psychograph.segmentation.model.MissingValueChoice;
import org.psychograph.segmentation.model.StandardisationChoice;

/** A request for a run as the caller gave it: null where the caller left a setting to its default. */
public record RunRequest(
        String surveyId,
        List<String> basisQuestionCodes,
        Integer kMin,
        Integer kMax,
        Integer k,
        Integer restarts,
        Integer maxIterations,
        DistanceChoice distance,
        StandardisationChoice standardisation,
        MissingValueChoice missingValues,
        Integer bootstrapReplicates,
        String seed,
        Integer personaKMin,
        Integer personaKMax,
        Double stabilityPrecision) {}
