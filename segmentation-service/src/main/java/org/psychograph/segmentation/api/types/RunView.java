package org.psychograph.segmentation.api.types;

import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.psychograph.segmentation.model.RunPhase;
import org.psychograph.segmentation.model.RunStatus;

@Type("Run")
@Description("One segmentation analysis of one survey with one configuration.")
public record RunView(
        @Id @NonNull String id,
        @NonNull String workspaceId,
        @NonNull String surveyId,
        String surveyTitle,

        @Description("The survey's tracker when it is fielded in waves (its first wave's survey id): runs of one "
                + "tracker's waves continue the same personas")
        String trackerId,

        @NonNull RunStatus status,
        @NonNull RunPhase phase,
        @Description("0..100") int percent,
        String error,
        @NonNull RunConfigView config,
        @NonNull OffsetDateTime createdAt,
        OffsetDateTime startedAt,
        OffsetDateTime finishedAt,
        Integer respondentCount,

        @Description("Respondents left out for missing basis answers (DROP_RESPONDENT)")
        Integer droppedRespondentCount,

        Integer recommendedK,
        @Description("Why this k, in plain words") String recommendationReason,
        Integer chosenK,
        @NonNull List<@NonNull CandidateView> candidates,

        @Description("Segments of the chosen solution, largest first") @NonNull
        List<@NonNull SegmentView> segments,

        ProvenanceView provenance,
        @NonNull List<@NonNull String> notes,

        @Description("Whether the data has segments of its own: each k's stability against structureless data of "
                + "the same shape. Null until the run has finished")
        StructureView structure,

        @Description("The most stable split over every k analysed (coarsest stable solution), the second answer "
                + "beside recommendedK; usually k=2. Null until the run has finished")
        Integer mostStableK,

        @Description("Why mostStableK, in plain words") String mostStableReason,

        @Description("The golden questions that place a new respondent in a segment of the chosen solution, with "
                + "their holdout accuracy; null until the run has finished (or when none could be built: see notes)")
        TypingToolView typingTool) {}
