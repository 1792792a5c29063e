package org.psychograph.gateway.model;

import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * segmentation-service's types as the gateway serves them (graphql/segmentation.graphql). The same classes bind
 * segmentation-service's answers, whose fields they mirror.
 */
public final class SegmentationTypes {

    private SegmentationTypes() {}

    public enum RunStatus {
        QUEUED,
        RUNNING,
        SUCCEEDED,
        FAILED,
        CANCELLED
    }

    public enum RunPhase {
        WAITING,
        READING_DATA,
        CLUSTERING,
        STABILITY,
        PROFILING,
        DONE
    }

    public enum DistanceChoice {
        L2,
        COSINE,
        L1
    }

    public enum StandardisationChoice {
        NONE,
        ZSCORE,
        RANGE
    }

    public enum MissingValueChoice {
        DROP_RESPONDENT,
        MEAN_IMPUTE
    }

    public enum DescriptorKind {
        CATEGORICAL,
        NUMERIC
    }

    public enum StructureType {
        NATURAL,
        REPRODUCIBLE,
        CONSTRUCTIVE
    }

    @Description("Whether the data has segments of its own (Dolnicar, Grün & Leisch 2018, ch. 7): NATURAL (a stability "
            + "peak clearly above structureless data of the same shape), REPRODUCIBLE (structure, no distinct "
            + "segments) or CONSTRUCTIVE (at the structureless level: segments are a chosen cut, not a finding)")
    public static final class Structure {

        private StructureType type;
        private @NonNull String explanation;

        public @Description("Null when no bootstrap stability was measured") StructureType getType() {
            return type;
        }

        public @Description("The verdict in plain words, with the numbers behind it") @NonNull String getExplanation() {
            return explanation;
        }
    }

    @Description("A segmentation run of a survey: its configuration, progress and, once SUCCEEDED, its segments.")
    public static final class Run {

        private @NonNull @Id String id;
        private @NonNull String workspaceId;
        private @NonNull String surveyId;
        private String surveyTitle;
        private @NonNull RunStatus status;
        private @NonNull RunPhase phase;
        private @NonNull Integer percent;
        private String error;
        private @NonNull RunConfig config;
        private @NonNull OffsetDateTime createdAt;
        private OffsetDateTime startedAt;
        private OffsetDateTime finishedAt;
        private Integer respondentCount;
        private Integer droppedRespondentCount;
        private Integer recommendedK;
        private String recommendationReason;
        private Integer chosenK;
        private @NonNull List<@NonNull Candidate> candidates;
        private @NonNull List<@NonNull Segment> segments;
        private Provenance provenance;
        private @NonNull List<@NonNull String> notes;
        private PersonaDelivery personaDelivery;
        private Structure structure;
        private Integer mostStableK;
        private String mostStableReason;
        private TypingTool typingTool;

        public @NonNull @Id String getId() {
            return id;
        }

        public @NonNull String getWorkspaceId() {
            return workspaceId;
        }

        public @NonNull String getSurveyId() {
            return surveyId;
        }

        public String getSurveyTitle() {
            return surveyTitle;
        }

        public @NonNull RunStatus getStatus() {
            return status;
        }

        public @NonNull RunPhase getPhase() {
            return phase;
        }

        public @NonNull Integer getPercent() {
            return percent;
        }

        public String getError() {
            return error;
        }

        public @NonNull RunConfig getConfig() {
            return config;
        }

        public @NonNull OffsetDateTime getCreatedAt() {
            return createdAt;
        }

        public OffsetDateTime getStartedAt() {
            return startedAt;
        }

        public OffsetDateTime getFinishedAt() {
            return finishedAt;
        }

        public Integer getRespondentCount() {
            return respondentCount;
        }

        public Integer getDroppedRespondentCount() {
            return droppedRespondentCount;
        }

        public Integer getRecommendedK() {
            return recommendedK;
        }

        public String getRecommendationReason() {
            return recommendationReason;
        }

        public Integer getChosenK() {
            return chosenK;
        }

        public @NonNull List<@NonNull Candidate> getCandidates() {
            return candidates;
        }

        public @Description("Segments of the chosen solution, largest first") @NonNull List<@NonNull Segment>
                getSegments() {
            return segments;
        }

        public Provenance getProvenance() {
            return provenance;
        }

        public @NonNull List<@NonNull String> getNotes() {
            return notes;
        }

        public @Description("Whether the data has segments of its own: each k's stability against structureless "
                + "data of the same shape (null until the run has finished)") Structure getStructure() {
            return structure;
        }

        public @Description("The most stable split over every k analysed (the coarsest stable solution), the second "
                + "answer beside recommendedK, which lies in the persona range; usually k=2") Integer getMostStableK() {
            return mostStableK;
        }

        public @Description("Why mostStableK, in plain words") String getMostStableReason() {
            return mostStableReason;
        }

        public @Description("The golden questions that place a new respondent in a segment of the chosen solution, "
                + "with their holdout accuracy; null until the run has finished (or when none could be built: see "
                + "notes)") TypingTool getTypingTool() {
            return typingTool;
        }

        public @Description(
                "How the run's completion reached persona-service: PENDING, DELIVERED or FAILED with the reason (null before the run has succeeded)")
        PersonaDelivery getPersonaDelivery() {
            return personaDelivery;
        }
    }

    public enum PersonaDeliveryStatus {
        PENDING,
        DELIVERED,
        FAILED
    }

    @Description("How a run's completion reached persona-service, which writes its personas.")
    public static final class PersonaDelivery {

        private @NonNull PersonaDeliveryStatus status;
        private @NonNull Integer attempts;
        private String lastError;
        private OffsetDateTime deliveredAt;

        public @NonNull PersonaDeliveryStatus getStatus() {
            return status;
        }

        public @Description("Delivery attempts so far") @NonNull Integer getAttempts() {
            return attempts;
        }

        public @Description("Why the last attempt failed (FAILED: why it was given up), else null") String
                getLastError() {
            return lastError;
        }

        public OffsetDateTime getDeliveredAt() {
            return deliveredAt;
        }
    }

    public static final class RunConfig {

        private @NonNull List<@NonNull String> basisQuestionCodes;
        private @NonNull List<@NonNull String> descriptorQuestionCodes;
        private @NonNull Integer kMin;
        private @NonNull Integer kMax;
        private @NonNull Integer restarts;
        private @NonNull Integer maxIterations;
        private @NonNull DistanceChoice distance;
        private @NonNull StandardisationChoice standardisation;
        private @NonNull MissingValueChoice missingValues;
        private @NonNull Integer bootstrapReplicates;
        private @NonNull String seed;
        private @NonNull Integer personaKMin;
        private @NonNull Integer personaKMax;
        private @NonNull Double stabilityPrecision;

        public @NonNull List<@NonNull String> getBasisQuestionCodes() {
            return basisQuestionCodes;
        }

        public @NonNull List<@NonNull String> getDescriptorQuestionCodes() {
            return descriptorQuestionCodes;
        }

        public @NonNull Integer getKMin() {
            return kMin;
        }

        public @NonNull Integer getKMax() {
            return kMax;
        }

        public @NonNull Integer getRestarts() {
            return restarts;
        }

        public @NonNull Integer getMaxIterations() {
            return maxIterations;
        }

        public @NonNull DistanceChoice getDistance() {
            return distance;
        }

        public @NonNull StandardisationChoice getStandardisation() {
            return standardisation;
        }

        public @NonNull MissingValueChoice getMissingValues() {
            return missingValues;
        }

        public @NonNull Integer getBootstrapReplicates() {
            return bootstrapReplicates;
        }

        public @NonNull String getSeed() {
            return seed;
        }

        public @Description("The persona range: k is recommended within personaKMin..personaKMax") @NonNull Integer
                getPersonaKMin() {
            return personaKMin;
        }

        public @NonNull Integer getPersonaKMax() {
            return personaKMax;
        }

        public @Description("The target precision of each k's median stability (half-width of its 95% "
                + "interval): a k stopped drawing bootstrap pairs once it was reached; 0: every planned pair was drawn")
        @NonNull Double getStabilityPrecision() {
            return stabilityPrecision;
        }
    }

    public static final class Provenance {

        private @NonNull String seed;
        private @NonNull String tribuoVersion;
        private @NonNull String dataFingerprint;
        private @NonNull Integer restartIndex;
        private @NonNull String fitSeed;

        public @NonNull String getSeed() {
            return seed;
        }

        public @NonNull String getTribuoVersion() {
            return tribuoVersion;
        }

        public @NonNull String getDataFingerprint() {
            return dataFingerprint;
        }

        public @NonNull Integer getRestartIndex() {
            return restartIndex;
        }

        public @NonNull String getFitSeed() {
            return fitSeed;
        }
    }

    public static final class Candidate {

        private @NonNull Integer k;
        private @NonNull Double withinSumOfSquares;
        private @NonNull Double withinDistanceSum;
        private Double silhouette;
        private @NonNull Integer silhouetteSampleSize;
        private Double calinskiHarabasz;
        private Double daviesBouldin;
        private Double stabilityMedian;
        private Double stabilityFirstQuartile;
        private Double stabilityThirdQuartile;
        private @NonNull List<@NonNull Double> stabilityReplicates;
        private @NonNull List<@NonNull Integer> sizes;
        private @NonNull Boolean recommended;
        private @NonNull List<@NonNull SegmentStability> segmentStability;
        private Double referenceStabilityMedian;
        private Double referenceStabilityFirstQuartile;
        private Double referenceStabilityThirdQuartile;
        private Integer referenceReplicates;
        private Boolean aboveReference;
        private Boolean stabilityPeak;
        private @NonNull Boolean mostStableSplit;
        private Double compactnessGap;

        public @NonNull Integer getK() {
            return k;
        }

        public @NonNull Double getWithinSumOfSquares() {
            return withinSumOfSquares;
        }

        public @NonNull Double getWithinDistanceSum() {
            return withinDistanceSum;
        }

        public @Description("Mean silhouette width (-1..1, higher is better); null when undefined") Double
                getSilhouette() {
            return silhouette;
        }

        public @NonNull Integer getSilhouetteSampleSize() {
            return silhouetteSampleSize;
        }

        public @Description("Calinski-Harabasz index (higher is better); null when undefined") Double
                getCalinskiHarabasz() {
            return calinskiHarabasz;
        }

        public @Description("Davies-Bouldin index (lower is better); null when undefined") Double getDaviesBouldin() {
            return daviesBouldin;
        }

        public Double getStabilityMedian() {
            return stabilityMedian;
        }

        public Double getStabilityFirstQuartile() {
            return stabilityFirstQuartile;
        }

        public Double getStabilityThirdQuartile() {
            return stabilityThirdQuartile;
        }

        public @NonNull List<@NonNull Double> getStabilityReplicates() {
            return stabilityReplicates;
        }

        public @NonNull List<@NonNull Integer> getSizes() {
            return sizes;
        }

        public @NonNull Boolean getRecommended() {
            return recommended;
        }

        public @Description("Every segment's bootstrap stability in this candidate's solution, largest first; empty "
                + "without bootstrap") @NonNull List<@NonNull SegmentStability> getSegmentStability() {
            return segmentStability;
        }

        public @Description("Median adjusted Rand index of the same k on structureless data of the same shape (each "
                + "basis question's answers shuffled on their own); null when not measured") Double
                getReferenceStabilityMedian() {
            return referenceStabilityMedian;
        }

        public Double getReferenceStabilityFirstQuartile() {
            return referenceStabilityFirstQuartile;
        }

        public Double getReferenceStabilityThirdQuartile() {
            return referenceStabilityThirdQuartile;
        }

        public @Description("Bootstrap pairs behind the reference stability") Integer getReferenceReplicates() {
            return referenceReplicates;
        }

        public @Description(
                "Stability (or compactness) clearly above the structureless reference; null when not " + "measured")
        Boolean getAboveReference() {
            return aboveReference;
        }

        public @Description("The stability curve peaks at this k; null when not measured") Boolean getStabilityPeak() {
            return stabilityPeak;
        }

        public @Description("The most stable split over every k analysed (Run.mostStableK)") @NonNull Boolean
                getMostStableSplit() {
            return mostStableSplit;
        }

        public @Description("ln(median within sum of squares of the reference's bootstrap samples) minus ln(the "
                + "data's): about 0 without structure; null when not measured") Double getCompactnessGap() {
            return compactnessGap;
        }
    }

    @Description("How reliably one segment of a candidate's solution re-appears in bootstrap samples (Jaccard "
            + "agreement of its best match per replicate; below 0.5 it dissolves, above 0.75 it is stable)")
    public static final class SegmentStability {

        private @NonNull Integer segment;
        private @NonNull Integer size;
        private Double meanJaccard;
        private Double medianJaccard;

        public @Description("The segment's number in this candidate's solution, 1 = largest") @NonNull Integer
                getSegment() {
            return segment;
        }

        public @NonNull Integer getSize() {
            return size;
        }

        public Double getMeanJaccard() {
            return meanJaccard;
        }

        public Double getMedianJaccard() {
            return medianJaccard;
        }
    }

    @Description("One segment of a run's chosen solution. Its id is \"<runId>:<number>\".")
    public static final class Segment {

        private @NonNull @Id String id;
        private @NonNull String runId;
        private @NonNull Integer number;
        private @NonNull String label;
        private @NonNull Integer size;
        private @NonNull Double share;
        private Double stability;
        private @NonNull List<@NonNull CentroidValue> centroid;
        private @NonNull List<@NonNull ProfileEntry> profile;
        private @NonNull List<@NonNull DescriptorBreakdown> descriptors;

        public @NonNull @Id String getId() {
            return id;
        }

        public @NonNull String getRunId() {
            return runId;
        }

        public @Description("1-based, in size order") @NonNull Integer getNumber() {
            return number;
        }

        public @NonNull String getLabel() {
            return label;
        }

        public @NonNull Integer getSize() {
            return size;
        }

        public @NonNull Double getShare() {
            return share;
        }

        public @Description("Mean bootstrap Jaccard of this segment (0..1)") Double getStability() {
            return stability;
        }

        public @NonNull List<@NonNull CentroidValue> getCentroid() {
            return centroid;
        }

        public @NonNull List<@NonNull ProfileEntry> getProfile() {
            return profile;
        }

        public @NonNull List<@NonNull DescriptorBreakdown> getDescriptors() {
            return descriptors;
        }
    }

    public static final class CentroidValue {

        private @NonNull String questionCode;
        private @NonNull Double value;

        public @NonNull String getQuestionCode() {
            return questionCode;
        }

        public @NonNull Double getValue() {
            return value;
        }
    }

    public static final class ProfileEntry {

        private @NonNull String questionCode;
        private @NonNull String questionText;
        private @NonNull Dimension dimension;
        private @NonNull Double segmentMean;
        private @NonNull Double overallMean;
        private @NonNull Double difference;
        private @NonNull Double standardisedDifference;
        private Double pValue;
        private String pValueNote;
        private @NonNull Boolean marker;

        public @NonNull String getQuestionCode() {
            return questionCode;
        }

        public @NonNull String getQuestionText() {
            return questionText;
        }

        public @NonNull Dimension getDimension() {
            return dimension;
        }

        public @NonNull Double getSegmentMean() {
            return segmentMean;
        }

        public @NonNull Double getOverallMean() {
            return overallMean;
        }

        public @NonNull Double getDifference() {
            return difference;
        }

        public @Description("difference / overall standard deviation") @NonNull Double getStandardisedDifference() {
            return standardisedDifference;
        }

        public @Description(
                "Welch t-test, this segment against the rest (Bonferroni-adjusted over the basis variables); null when the test is undefined (pValueNote says why)")
        Double getPValue() {
            return pValue;
        }

        public @Description("Why pValue is null (a segment or its rest with fewer than two members), else null") String
                getPValueNote() {
            return pValueNote;
        }

        public @Description("true when |standardisedDifference| >= 0.5 and pValue < 0.05") @NonNull Boolean
                getMarker() {
            return marker;
        }
    }

    public static final class DescriptorBreakdown {

        private @NonNull String questionCode;
        private @NonNull String questionText;
        private @NonNull Dimension dimension;
        private @NonNull DescriptorKind kind;
        private Double pValue;
        private @NonNull String test;
        private Double segmentMean;
        private Double overallMean;
        private @NonNull List<@NonNull CategoryShare> categories;

        public @NonNull String getQuestionCode() {
            return questionCode;
        }

        public @NonNull String getQuestionText() {
            return questionText;
        }

        public @NonNull Dimension getDimension() {
            return dimension;
        }

        public @NonNull DescriptorKind getKind() {
            return kind;
        }

        public Double getPValue() {
            return pValue;
        }

        public @NonNull String getTest() {
            return test;
        }

        public Double getSegmentMean() {
            return segmentMean;
        }

        public Double getOverallMean() {
            return overallMean;
        }

        public @NonNull List<@NonNull CategoryShare> getCategories() {
            return categories;
        }
    }

    public static final class CategoryShare {

        private @NonNull String label;
        private @NonNull Integer count;
        private @NonNull Double segmentShare;
        private @NonNull Double overallShare;

        public @NonNull String getLabel() {
            return label;
        }

        public @NonNull Integer getCount() {
            return count;
        }

        public @NonNull Double getSegmentShare() {
            return segmentShare;
        }

        public @NonNull Double getOverallShare() {
            return overallShare;
        }
    }

    public static final class Assignment {

        private @NonNull String respondentId;
        private @NonNull Integer segmentNumber;
        private @NonNull Double distance;
        private @NonNull Double margin;

        public @NonNull String getRespondentId() {
            return respondentId;
        }

        public @NonNull Integer getSegmentNumber() {
            return segmentNumber;
        }

        public @NonNull Double getDistance() {
            return distance;
        }

        public @NonNull Double getMargin() {
            return margin;
        }
    }

    public static final class AssignmentConnection {

        private @NonNull List<@NonNull AssignmentEdge> edges;
        private @NonNull PageInfo pageInfo;
        private @NonNull Integer totalCount;

        public @NonNull List<@NonNull AssignmentEdge> getEdges() {
            return edges;
        }

        public @NonNull PageInfo getPageInfo() {
            return pageInfo;
        }

        public @NonNull Integer getTotalCount() {
            return totalCount;
        }
    }

    public static final class AssignmentEdge {

        private @NonNull String cursor;
        private @NonNull Assignment node;

        public @NonNull String getCursor() {
            return cursor;
        }

        public @NonNull Assignment getNode() {
            return node;
        }
    }

    public static final class RunConnection {

        private @NonNull List<@NonNull RunEdge> edges;
        private @NonNull PageInfo pageInfo;
        private @NonNull Integer totalCount;

        public @NonNull List<@NonNull RunEdge> getEdges() {
            return edges;
        }

        public @NonNull PageInfo getPageInfo() {
            return pageInfo;
        }

        public @NonNull Integer getTotalCount() {
            return totalCount;
        }
    }

    public static final class RunEdge {

        private @NonNull String cursor;
        private @NonNull Run node;

        public @NonNull String getCursor() {
            return cursor;
        }

        public @NonNull Run getNode() {
            return node;
        }
    }

    public enum PlacementMethod {
        NEAREST_CENTRE,
        TYPING_TOOL
    }

    @Description("Where a new respondent falls in a run's chosen solution: by the nearest segment centre when every "
            + "basis question is answered, by the typing tool when only its golden questions are.")
    public static final class SegmentPlacement {

        private @NonNull Integer segmentNumber;
        private Double distance;
        private Double margin;
        private @NonNull PlacementMethod method;
        private Double probability;

        public @NonNull Integer getSegmentNumber() {
            return segmentNumber;
        }

        public @Description("Distance to the segment centre (NEAREST_CENTRE only)") Double getDistance() {
            return distance;
        }

        public @Description("Distance to the second-nearest centre minus distance to the nearest; small is "
                + "borderline (NEAREST_CENTRE only)") Double getMargin() {
            return margin;
        }

        public @NonNull PlacementMethod getMethod() {
            return method;
        }

        public @Description("The typing tool's probability for this segment (TYPING_TOOL only); its holdout "
                + "accuracy is on Run.typingTool") Double getProbability() {
            return probability;
        }
    }

    public enum TypingToolFormat {
        JSON,
        HTML
    }

    @Description("A run's typing tool as a file: a JSON questionnaire with its scoring rule, or a printable HTML sheet")
    public static final class TypingToolExport {

        private @NonNull TypingToolFormat format;
        private @NonNull String fileName;
        private @NonNull String contentType;
        private @NonNull String content;

        public @NonNull TypingToolFormat getFormat() {
            return format;
        }

        public @NonNull String getFileName() {
            return fileName;
        }

        public @NonNull String getContentType() {
            return contentType;
        }

        public @NonNull String getContent() {
            return content;
        }
    }

    @Description("The fewest basis questions (golden questions) that place a new respondent in a segment of the chosen "
            + "solution, with the accuracy measured on respondents held out from choosing and training; "
            + "assignSegment accepts just their answers.")
    public static final class TypingTool {

        private @NonNull List<@NonNull GoldenQuestion> goldenQuestions;
        private @NonNull List<@NonNull AccuracyPoint> accuracyCurve;
        private @NonNull Double targetAccuracy;
        private @NonNull Boolean targetReached;
        private @NonNull Double crossValidatedAccuracy;
        private @NonNull Double holdoutAccuracy;
        private @NonNull Integer holdoutSize;
        private @NonNull Integer selectionSize;
        private @NonNull List<@NonNull List<@NonNull Integer>> confusionMatrix;
        private @NonNull List<@NonNull SegmentScore> scoring;
        private @NonNull String provenance;

        public @Description("The questions to ask, in order") @NonNull List<@NonNull GoldenQuestion>
                getGoldenQuestions() {
            return goldenQuestions;
        }

        public @Description("Cross-validated accuracy (stratified 5-fold on the selection respondents) for the first "
                + "1..N questions in the order they were chosen") @NonNull List<@NonNull AccuracyPoint>
                getAccuracyCurve() {
            return accuracyCurve;
        }

        public @Description("The accuracy asked for (0.85)") @NonNull Double getTargetAccuracy() {
            return targetAccuracy;
        }

        public @Description("Whether the golden questions reach the target (cross-validated)") @NonNull Boolean
                getTargetReached() {
            return targetReached;
        }

        public @Description("The golden questions' cross-validated accuracy") @NonNull Double
                getCrossValidatedAccuracy() {
            return crossValidatedAccuracy;
        }

        public @Description("Share of holdout respondents placed in their own segment; they played no part in "
                + "choosing the questions or training the classifier") @NonNull Double getHoldoutAccuracy() {
            return holdoutAccuracy;
        }

        public @Description("Holdout respondents (a stratified fifth)") @NonNull Integer getHoldoutSize() {
            return holdoutSize;
        }

        public @Description("Respondents the questions were chosen on and the classifier trained on") @NonNull Integer
                getSelectionSize() {
            return selectionSize;
        }

        public @Description("Holdout counts: row = true segment, column = predicted segment (both from 1)") @NonNull
        List<@NonNull List<@NonNull Integer>> getConfusionMatrix() {
            return confusionMatrix;
        }

        public @Description("The scoring rule: per segment, intercept + sum of weight x answer (answer units, in the "
                + "order of goldenQuestions); the highest score is the segment") @NonNull List<@NonNull SegmentScore>
                getScoring() {
            return scoring;
        }

        public @Description("The Tribuo provenance of the classifier (multinomial logistic regression)") @NonNull String
                getProvenance() {
            return provenance;
        }
    }

    public static final class GoldenQuestion {

        private @NonNull String code;
        private @NonNull String text;
        private Double scaleMin;
        private Double scaleMax;

        public @NonNull String getCode() {
            return code;
        }

        public @NonNull String getText() {
            return text;
        }

        public @Description("Lowest answer (null: unbounded)") Double getScaleMin() {
            return scaleMin;
        }

        public @Description("Highest answer (null: unbounded)") Double getScaleMax() {
            return scaleMax;
        }
    }

    public static final class AccuracyPoint {

        private @NonNull Integer questions;
        private @NonNull String added;
        private @NonNull Double crossValidatedAccuracy;

        public @NonNull Integer getQuestions() {
            return questions;
        }

        public @Description("The question added at this step") @NonNull String getAdded() {
            return added;
        }

        public @NonNull Double getCrossValidatedAccuracy() {
            return crossValidatedAccuracy;
        }
    }

    public static final class SegmentScore {

        private @NonNull Integer segmentNumber;
        private @NonNull Double intercept;
        private @NonNull List<@NonNull Double> weights;

        public @NonNull Integer getSegmentNumber() {
            return segmentNumber;
        }

        public @NonNull Double getIntercept() {
            return intercept;
        }

        public @NonNull List<@NonNull Double> getWeights() {
            return weights;
        }
    }

    public enum ApplicationStatus {
        QUEUED,
        RUNNING,
        SUCCEEDED,
        FAILED
    }

    public enum DriftVerdict {
        STILL_FITS,
        SHARES_CHANGED,
        NO_LONGER_FITS
    }

    @Description("A run's stored model applied to a survey's respondents (another wave of the study, or the fitting "
            + "survey itself): every respondent placed with the model's own preparation and nearest centre, and the "
            + "drift report against the fitting data. Follow it with modelApplication(id); placements with "
            + "appliedAssignments.")
    public static final class ModelApplication {

        private @NonNull @Id String id;
        private @NonNull @Id String runId;
        private @NonNull @Id String surveyId;
        private String surveyTitle;
        private @NonNull ApplicationStatus status;
        private String error;
        private @NonNull OffsetDateTime createdAt;
        private OffsetDateTime finishedAt;
        private Integer placedCount;
        private Integer unplacedCount;
        private String unplacedReason;
        private DriftReport drift;
        private RunComparison refitComparison;

        public @NonNull @Id String getId() {
            return id;
        }

        public @NonNull @Id String getRunId() {
            return runId;
        }

        public @NonNull @Id String getSurveyId() {
            return surveyId;
        }

        public String getSurveyTitle() {
            return surveyTitle;
        }

        public @NonNull ApplicationStatus getStatus() {
            return status;
        }

        public @Description("Why it failed (FAILED only); VALIDATION when the survey cannot be placed with this model")
        String getError() {
            return error;
        }

        public @NonNull OffsetDateTime getCreatedAt() {
            return createdAt;
        }

        public OffsetDateTime getFinishedAt() {
            return finishedAt;
        }

        public @Description("Respondents placed (SUCCEEDED only)") Integer getPlacedCount() {
            return placedCount;
        }

        public @Description("Respondents the model could not place, e.g. a missing basis answer when the run dropped "
                + "incomplete respondents (SUCCEEDED only)") Integer getUnplacedCount() {
            return unplacedCount;
        }

        public @Description("The first respondent that could not be placed, and why") String getUnplacedReason() {
            return unplacedReason;
        }

        public @Description(
                "How the placed respondents compare with the data the model was fitted on (SUCCEEDED " + "only)")
        DriftReport getDrift() {
            return drift;
        }

        public @Description("The model's run compared with the newest run clustered afresh on the applied survey with "
                + "the same basis questions: how far each segment centre moved when the wave is refitted, and how its "
                + "respondents migrate (null when the wave has no such run).") RunComparison getRefitComparison() {
            return refitComparison;
        }
    }

    @Description("Whether a model still describes a wave: segment shares against the fitting data's (95% Wilson "
            + "intervals, chi-square test of the change), distances to the segment centres, and the share of "
            + "respondents who fit no segment well (further from their centre than 95% of the fitting data's members "
            + "of that segment).")
    public static final class DriftReport {

        private @NonNull DriftVerdict verdict;
        private @NonNull String summary;
        private @NonNull Integer k;
        private @NonNull Integer fittingRespondents;
        private @NonNull Integer waveRespondents;
        private @NonNull List<@NonNull SegmentDrift> segments;
        private ShareChangeTest shareTest;
        private @NonNull ShareEstimate misfit;
        private @NonNull Double expectedMisfitShare;
        private @NonNull List<@NonNull String> notes;

        public @Description("STILL_FITS, SHARES_CHANGED or NO_LONGER_FITS") @NonNull DriftVerdict getVerdict() {
            return verdict;
        }

        public @Description("The verdict in words, with its numbers") @NonNull String getSummary() {
            return summary;
        }

        public @NonNull Integer getK() {
            return k;
        }

        public @Description("Respondents the model was fitted on") @NonNull Integer getFittingRespondents() {
            return fittingRespondents;
        }

        public @Description("Respondents of this wave placed") @NonNull Integer getWaveRespondents() {
            return waveRespondents;
        }

        public @NonNull List<@NonNull SegmentDrift> getSegments() {
            return segments;
        }

        public @Description("Chi-square test of the wave's segment counts against the fitting data's (null when fewer "
                + "than two segments have members)") ShareChangeTest getShareTest() {
            return shareTest;
        }

        public @Description("Share of the wave's respondents who fit no segment well") @NonNull ShareEstimate
                getMisfit() {
            return misfit;
        }

        public @Description("The misfit share expected when nothing changed (5%)") @NonNull Double
                getExpectedMisfitShare() {
            return expectedMisfitShare;
        }

        public @NonNull List<@NonNull String> getNotes() {
            return notes;
        }
    }

    public static final class SegmentDrift {

        private @NonNull Integer segmentNumber;
        private @NonNull Double fittingShare;
        private @NonNull ShareEstimate waveShare;
        private @NonNull Double shareChange;
        private Double fittingMeanDistance;
        private Double waveMeanDistance;
        private Double misfitDistance;
        private ShareEstimate waveMisfit;

        public @NonNull Integer getSegmentNumber() {
            return segmentNumber;
        }

        public @Description("Share of the fitting data in this segment") @NonNull Double getFittingShare() {
            return fittingShare;
        }

        public @Description("Share of the wave in this segment, with its 95% interval") @NonNull ShareEstimate
                getWaveShare() {
            return waveShare;
        }

        public @Description("Wave share minus fitting share (a proportion: 0.09 is 9 points)") @NonNull Double
                getShareChange() {
            return shareChange;
        }

        public @Description("Mean distance of the fitting data's members to the centre (null: no members)") Double
                getFittingMeanDistance() {
            return fittingMeanDistance;
        }

        public @Description("Mean distance of the wave's members to the centre (null: no members)") Double
                getWaveMeanDistance() {
            return waveMeanDistance;
        }

        public @Description("95th percentile of the fitting members' distances: beyond it a respondent fits poorly")
        Double getMisfitDistance() {
            return misfitDistance;
        }

        public @Description("Share of the wave's members of this segment beyond misfitDistance (null: no members)")
        ShareEstimate getWaveMisfit() {
            return waveMisfit;
        }
    }

    @Description("A share of respondents with its 95% Wilson score interval.")
    public static final class ShareEstimate {

        private @NonNull Integer count;
        private @NonNull Integer total;
        private @NonNull Double value;
        private @NonNull Double low;
        private @NonNull Double high;

        public @NonNull Integer getCount() {
            return count;
        }

        public @NonNull Integer getTotal() {
            return total;
        }

        public @NonNull Double getValue() {
            return value;
        }

        public @NonNull Double getLow() {
            return low;
        }

        public @NonNull Double getHigh() {
            return high;
        }
    }

    public static final class ShareChangeTest {

        private @NonNull Double statistic;
        private @NonNull Integer degreesOfFreedom;
        private @NonNull Double pValue;
        private @NonNull List<@NonNull Integer> segmentsLeftOut;

        public @NonNull Double getStatistic() {
            return statistic;
        }

        public @NonNull Integer getDegreesOfFreedom() {
            return degreesOfFreedom;
        }

        public @NonNull Double getPValue() {
            return pValue;
        }

        public @Description("Segments left out of the test because both datasets have no member there") @NonNull List<
                        @NonNull Integer>
                getSegmentsLeftOut() {
            return segmentsLeftOut;
        }
    }

    @Description("Two runs side by side: segments matched by centre (the matching with the least total centre "
            + "distance, in the answers' original units), and the respondents both runs placed cross-tabulated (the "
            + "adjusted Rand index and, for panel respondents of two waves, the migration between segments).")
    public static final class RunComparison {

        private @NonNull @Id String runA;
        private @NonNull @Id String runB;
        private @NonNull List<@NonNull String> questionCodes;
        private @NonNull List<@NonNull SegmentMatch> matches;
        private @NonNull List<@NonNull Integer> unmatchedA;
        private @NonNull List<@NonNull Integer> unmatchedB;
        private @NonNull Double totalCentreMovement;
        private @NonNull Integer respondentsInBoth;
        private Double adjustedRandIndex;
        private @NonNull List<@NonNull List<@NonNull Integer>> migration;
        private @NonNull List<@NonNull String> notes;

        public @NonNull @Id String getRunA() {
            return runA;
        }

        public @NonNull @Id String getRunB() {
            return runB;
        }

        public @Description("The basis questions, in the order of centreDifference") @NonNull List<@NonNull String>
                getQuestionCodes() {
            return questionCodes;
        }

        public @NonNull List<@NonNull SegmentMatch> getMatches() {
            return matches;
        }

        public @Description("Segments of run A without a partner (A has more segments)") @NonNull List<@NonNull Integer>
                getUnmatchedA() {
            return unmatchedA;
        }

        public @Description("Segments of run B without a partner (B has more segments)") @NonNull List<@NonNull Integer>
                getUnmatchedB() {
            return unmatchedB;
        }

        public @Description("Sum of the matched centres' distances") @NonNull Double getTotalCentreMovement() {
            return totalCentreMovement;
        }

        public @Description("Respondents (by id) placed by both runs") @NonNull Integer getRespondentsInBoth() {
            return respondentsInBoth;
        }

        public @Description("Adjusted Rand index over those respondents: 1 identical, about 0 chance agreement (null "
                + "with fewer than two)") Double getAdjustedRandIndex() {
            return adjustedRandIndex;
        }

        public @Description(
                "Respondents in both runs by segment: row i is run A's segment i+1, column j run B's " + "segment j+1")
        @NonNull List<@NonNull List<@NonNull Integer>> getMigration() {
            return migration;
        }

        public @NonNull List<@NonNull String> getNotes() {
            return notes;
        }
    }

    public static final class SegmentMatch {

        private @NonNull Integer segmentNumberA;
        private @NonNull Integer segmentNumberB;
        private @NonNull Double centreDistance;
        private @NonNull List<@NonNull Double> centreDifference;
        private @NonNull Double shareA;
        private @NonNull Double shareB;

        public @NonNull Integer getSegmentNumberA() {
            return segmentNumberA;
        }

        public @NonNull Integer getSegmentNumberB() {
            return segmentNumberB;
        }

        public @Description("Distance between the two centres (original units)") @NonNull Double getCentreDistance() {
            return centreDistance;
        }

        public @Description("Run B's centre minus run A's, per basis question") @NonNull List<@NonNull Double>
                getCentreDifference() {
            return centreDifference;
        }

        public @Description("Share of run A's respondents in segment A") @NonNull Double getShareA() {
            return shareA;
        }

        public @Description("Share of run B's respondents in segment B") @NonNull Double getShareB() {
            return shareB;
        }
    }

    @Input("SegmentationInput")
    public record SegmentationInput(
            @NonNull @Id String surveyId,
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

            @Description("A 64-bit integer as text; drawn when left out")
            String seed,

            @Description("The smallest number of segments to recommend (the persona range); default 3")
            Integer personaKMin,

            @Description("The largest number of segments to recommend; default 6")
            Integer personaKMax,

            @Description("How precisely each k's median stability must be known before its bootstrap stops drawing "
                    + "pairs (half-width of the median's 95% interval), 0..0.1; default 0.02; 0 draws every pair")
            Double stabilityPrecision) {}

    @Input("AnswerValueInput")
    public record AnswerValueInput(@NonNull String questionCode, Double value) {}
}
