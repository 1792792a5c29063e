package org.psychograph.segmentation.model;

import java.util.List;

/**
 * A run's configuration with every default resolved, stored with the run (its provenance) and shown to
 * the analyst exactly as used.
 */
public record RunConfig(
        List<String> basisCodes,
        List<String> descriptorCodes,
        int kMin,
        int kMax,
        int restarts,
        int maxIterations,
        DistanceChoice distance,
        StandardisationChoice standardisation,
        MissingValueChoice missingValues,
        int bootstrapReplicates,
        long seed) {}
