package org.psychograph.segmentation.api.types;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.psychograph.segmentation.model.DistanceChoice;
import org.psychograph.segmentation.model.MissingValueChoice;
import org.psychograph.segmentation.model.RunConfig;
import org.psychograph.segmentation.model.StandardisationChoice;

@Type("RunConfig")
public record RunConfigView(
        @NonNull List<@NonNull String> basisQuestionCodes,
        @NonNull List<@NonNull String> descriptorQuestionCodes,
        int kMin,
        int kMax,
        int restarts,
        int maxIterations,
        @NonNull DistanceChoice distance,
        @NonNull StandardisationChoice standardisation,
        @NonNull MissingValueChoice missingValues,
        int bootstrapReplicates,
        @NonNull String seed,

        @Description("The persona range: k is recommended within personaKMin..personaKMax")
        int personaKMin,

        int personaKMax,

        @Description("The target precision of each k's median stability (half-width of its 95% interval): a k "
                + "stopped drawing bootstrap pairs once it was reached; 0: every planned pair was drawn")
        double stabilityPrecision) {

    public static RunConfigView of(RunConfig c) {
        return new RunConfigView(
                c.basisCodes(),
                c.descriptorCodes(),
                c.kMin(),
                c.kMax(),
                c.restarts(),
                c.maxIterations(),
                c.distance(),
                c.standardisation(),
                c.missingValues(),
                c.bootstrapReplicates(),
                Long.toString(c.seed()),
                c.personaKMin(),
                c.personaKMax(),
                c.stabilityPrecision());
    }
}
