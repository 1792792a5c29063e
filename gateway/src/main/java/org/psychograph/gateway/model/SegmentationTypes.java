package org.psychograph.gateway.model;

import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * segmentation-service's types as the gateway serves them (docs/contracts/segmentation.graphql). The same
 * records are the typed client's result types.
 */
public final class SegmentationTypes {

    private SegmentationTypes() {
    }

    public enum RunStatus { QUEUED, RUNNING, SUCCEEDED, FAILED, CANCELLED }

    public enum RunPhase { WAITING, READING_DATA, CLUSTERING, STABILITY, PROFILING, DONE }

    public enum DistanceChoice { L2, COSINE, L1 }

    public enum StandardisationChoice { NONE, ZSCORE, RANGE }

    public enum MissingValueChoice { DROP_RESPONDENT, MEAN_IMPUTE }

    public enum DescriptorKind { CATEGORICAL, NUMERIC }

    @Description("A segmentation run of a survey: its configuration, progress and, once SUCCEEDED, its segments.")
    public record Run(@NonNull @Id String id, @NonNull String workspaceId, @NonNull String surveyId,
            String surveyTitle, @NonNull RunStatus status, @NonNull RunPhase phase, @NonNull Integer percent,
            String error, @NonNull RunConfig config, @NonNull OffsetDateTime createdAt, OffsetDateTime startedAt,
            OffsetDateTime finishedAt, Integer respondentCount, Integer droppedRespondentCount, Integer recommendedK,
            String recommendationReason, Integer chosenK, @NonNull List<@NonNull Candidate> candidates,
            @Description("Segments of the chosen solution, largest first") @NonNull List<@NonNull Segment> segments,
            Provenance provenance, @NonNull List<@NonNull String> notes) {
    }

    public record RunConfig(@NonNull List<@NonNull String> basisQuestionCodes,
            @NonNull List<@NonNull String> descriptorQuestionCodes, @NonNull Integer kMin, @NonNull Integer kMax,
            @NonNull Integer restarts, @NonNull Integer maxIterations, @NonNull DistanceChoice distance,
            @NonNull StandardisationChoice standardisation, @NonNull MissingValueChoice missingValues,
            @NonNull Integer bootstrapReplicates, @NonNull String seed) {
    }

    public record Provenance(@NonNull String seed, @NonNull String tribuoVersion, @NonNull String dataFingerprint,
            @NonNull Integer restartIndex, @NonNull String fitSeed) {
    }

    public record Candidate(@NonNull Integer k, @NonNull Double withinSumOfSquares, @NonNull Double withinDistanceSum,
            @NonNull Double silhouette, @NonNull Integer silhouetteSampleSize, @NonNull Double calinskiHarabasz,
            @NonNull Double daviesBouldin, Double stabilityMedian, Double stabilityFirstQuartile,
            Double stabilityThirdQuartile, @NonNull List<@NonNull Double> stabilityReplicates,
            @NonNull List<@NonNull Integer> sizes, @NonNull Boolean recommended) {
    }

    @Description("One segment of a run's chosen solution. Its id is \"<runId>:<number>\".")
    public record Segment(@NonNull @Id String id, @NonNull String runId,
            @Description("1-based, in size order") @NonNull Integer number, @NonNull String label,
            @NonNull Integer size, @NonNull Double share,
            @Description("Mean bootstrap Jaccard of this segment (0..1)") Double stability,
            @NonNull List<@NonNull CentroidValue> centroid, @NonNull List<@NonNull ProfileEntry> profile,
            @NonNull List<@NonNull DescriptorBreakdown> descriptors) {
    }

    public record CentroidValue(@NonNull String questionCode, @NonNull Double value) {
    }

    public record ProfileEntry(@NonNull String questionCode, @NonNull String questionText,
            @NonNull Dimension dimension, @NonNull Double segmentMean, @NonNull Double overallMean,
            @NonNull Double difference,
            @Description("difference / overall standard deviation") @NonNull Double standardisedDifference,
            @Description("Welch t-test, this segment against the rest (Bonferroni-adjusted over the basis variables)")
            @NonNull Double pValue,
            @Description("true when |standardisedDifference| >= 0.5 and pValue < 0.05") @NonNull Boolean marker) {
    }

    public record DescriptorBreakdown(@NonNull String questionCode, @NonNull String questionText,
            @NonNull Dimension dimension, @NonNull DescriptorKind kind, Double pValue, @NonNull String test,
            Double segmentMean, Double overallMean, @NonNull List<@NonNull CategoryShare> categories) {
    }

    public record CategoryShare(@NonNull String label, @NonNull Integer count, @NonNull Double segmentShare,
            @NonNull Double overallShare) {
    }

    public record Assignment(@NonNull String respondentId, @NonNull Integer segmentNumber, @NonNull Double distance,
            @NonNull Double margin) {
    }

    public record AssignmentConnection(@NonNull List<@NonNull AssignmentEdge> edges, @NonNull PageInfo pageInfo,
            @NonNull Integer totalCount) {
    }

    public record AssignmentEdge(@NonNull String cursor, @NonNull Assignment node) {
    }

    public record RunConnection(@NonNull List<@NonNull RunEdge> edges, @NonNull PageInfo pageInfo,
            @NonNull Integer totalCount) {
    }

    public record RunEdge(@NonNull String cursor, @NonNull Run node) {
    }

    public record SegmentPlacement(@NonNull Integer segmentNumber, @NonNull Double distance, @NonNull Double margin) {
    }

    @Input("SegmentationInput")
    public record SegmentationInput(@NonNull @Id String surveyId, List<String> basisQuestionCodes,
            Integer kMin, Integer kMax, Integer k, Integer restarts, Integer maxIterations, DistanceChoice distance,
            StandardisationChoice standardisation, MissingValueChoice missingValues, Integer bootstrapReplicates,
            @Description("A 64-bit integer as text; drawn when left out") String seed) {
    }

    @Input("AnswerValueInput")
    public record AnswerValueInput(@NonNull String questionCode, Double value) {
    }
}
