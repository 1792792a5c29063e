package org.psychograph.segmentation.model;

import java.util.List;

/**
 * A run's configuration with every default resolved, stored with the run (its provenance) and shown to
 * the analyst exactly as used. The persona range (the numbers of segments k is recommended within) is filled
 * with its default when a stored run predates it; such a run's stability precision is 0 (every planned pair).
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
        long seed,
        Integer personaKMin,
        Integer personaKMax,
        Double stabilityPrecision) {

    /** The persona range of runs stored before it existed, and of runs that leave it out. */
    public static final int DEFAULT_PERSONA_K_MIN = 3;

    public static final int DEFAULT_PERSONA_K_MAX = 6;

    public RunConfig {
        personaKMin = personaKMin == null ? DEFAULT_PERSONA_K_MIN : personaKMin;
        personaKMax = personaKMax == null ? DEFAULT_PERSONA_K_MAX : personaKMax;
        // a run stored before sequential stability drew every planned pair
        stabilityPrecision = stabilityPrecision == null ? 0.0 : stabilityPrecision;
    }
}
