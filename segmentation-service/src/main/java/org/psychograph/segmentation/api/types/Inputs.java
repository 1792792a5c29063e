package org.psychograph.segmentation.api.types;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;
import org.psychograph.segmentation.model.DistanceChoice;
import org.psychograph.segmentation.model.MissingValueChoice;
import org.psychograph.segmentation.model.StandardisationChoice;

/** GraphQL inputs of segmentation-service. */
public final class Inputs {

    private Inputs() {}

    @Input("SegmentationInput")
    @Description("A segmentation run's configuration; every field but surveyId has a default.")
    public record SegmentationInput(
            @NonNull @Id String surveyId,

            @Description("Default: the survey's BASIS questions")
            List<String> basisQuestionCodes,

            @Description("Default 2") Integer kMin,
            @Description("Default 8") Integer kMax,
            @Description("A fixed k instead of a range") Integer k,

            @Description("k-means++ restarts per k, 1..1000; default 10")
            Integer restarts,

            @Description("Default 100") Integer maxIterations,
            @Description("Default L2") DistanceChoice distance,
            @Description("Default NONE") StandardisationChoice standardisation,
            @Description("Default DROP_RESPONDENT") MissingValueChoice missingValues,

            @Description("Bootstrap pairs per k for stability, 0..1000; default 100")
            Integer bootstrapReplicates,

            @Description("A 64-bit integer as text; drawn (and recorded) when left out")
            String seed,

            @Description("The smallest number of segments to recommend (the persona range); default 3. The run still "
                    + "analyses kMin..kMax; k is recommended within the persona range, the most stable split overall "
                    + "is reported beside it")
            Integer personaKMin,

            @Description("The largest number of segments to recommend; default 6")
            Integer personaKMax,

            @Description("How precisely each k's median stability must be known before its bootstrap stops drawing "
                    + "pairs: the half-width of the median's 95% interval, 0..0.1; default 0.02. 0 draws every pair "
                    + "(flexclust's bootFlexclust); the run's notes name the ks that stopped early")
            Double stabilityPrecision) {}

    @Input("AnswerValueInput")
    public record AnswerValue(@NonNull String questionCode, Double value) {}
}
