package org.psychograph.gateway.model;

import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * persona-service's output types as the gateway serves them (graphql/persona.graphql), except the persona
 * itself ({@link Persona}). The same records are the typed client's result types.
 */
public final class PersonaTypes {

    private PersonaTypes() {
    }

    public enum PersonaStatus { DRAFT, PUBLISHED }

    public enum StatementOrigin { GENERATED, EDITED, HUMAN }

    public enum EvidenceKind { PROFILE_MEAN, DESCRIPTOR_MEAN, CATEGORY_SHARE, SEGMENT_SHARE }

    public enum VersionChange { GENERATED, REGENERATED, EDITED }

    public enum ChangeKind { ADDED, CHANGED, REMOVED }

    public enum ExportFormat { MARKDOWN, JSON, HTML }

    public enum PersonaSection {
        ARCHETYPES, ATTITUDES, AVOID, B2B_ROLE, BUYING_BEHAVIOUR, CHANNELS, GOALS, IDENTITY, INTERESTS, KEY_MESSAGES,
        LIFESTYLE, MOTIVATIONS, PAIN_POINTS, PERSONALITY, SIZE, SUMMARY, TAGLINE, TONE, VALUES
    }

    @Description("One sentence of a persona with its evidence. A generated statement always has evidence.")
    public record Statement(@NonNull String text, String key, @NonNull StatementOrigin origin,
            @NonNull Boolean stale, @NonNull List<@NonNull Evidence> evidence) {
    }

    @Description("The statistic behind a statement, from the segment it describes.")
    public record Evidence(@NonNull EvidenceKind kind, @NonNull String questionCode, @NonNull String questionText,
            String category, @NonNull Double segmentValue, @NonNull Double overallValue, @NonNull Double difference,
            Double standardisedDifference, Double pValue, String test, @NonNull Boolean significant) {
    }

    public record Messaging(Statement tone, @NonNull List<@NonNull Statement> keyMessages,
            @NonNull List<@NonNull Statement> avoid) {
    }

    public record PersonaVersion(@NonNull Integer version, @NonNull VersionChange change, @NonNull String author,
            @NonNull String name, @NonNull String rulePack, @NonNull String runId,
            @NonNull List<@NonNull String> changedFields, @NonNull OffsetDateTime createdAt) {
    }

    @Description("What changed between two versions of a persona, field by field.")
    public record PersonaDiff(@NonNull Integer from, @NonNull Integer to, @NonNull List<@NonNull FieldChange> changes) {
    }

    public record FieldChange(@NonNull String field, @NonNull ChangeKind kind, String before, String after) {
    }

    public record PersonaExport(@NonNull ExportFormat format, @NonNull String fileName, @NonNull String contentType,
            @NonNull String content) {
    }

    public record RulePack(@NonNull String key, @NonNull String name, @NonNull Integer version, String workspaceId,
            String description, @NonNull Integer archetypes, @NonNull String source) {
    }

    public record RulePackProblem(@NonNull Integer line, @NonNull String path, @NonNull String reason) {
    }

    public record CampaignResult(@NonNull @Id String id, @NonNull String personaId, @NonNull String personaName,
            @NonNull String campaign, @NonNull String channel, @NonNull String period, @NonNull Long sent,
            @NonNull Long opened, @NonNull Long clicked, @NonNull Long converted, @NonNull Double revenue,
            @NonNull String recordedBy, @NonNull OffsetDateTime recordedAt) {
    }

    @Description("Campaign outcomes per persona (segment) against the all-segment total.")
    public record CampaignPerformance(String runId, String campaign, @NonNull List<@NonNull SegmentPerformance> segments,
            @NonNull SegmentPerformance total, Double conversionChiSquarePValue) {
    }

    public record SegmentPerformance(String personaId, @NonNull String personaName, @NonNull Integer results,
            @NonNull Long sent, @NonNull RateComparison openRate, @NonNull RateComparison clickRate,
            @NonNull RateComparison conversionRate, @NonNull Double revenue, @NonNull Double revenuePerSent) {
    }

    @Description("A rate with its Wilson 95% interval, its lift over the all-segment rate, and a two-proportion "
            + "z-test of this segment against all the others.")
    public record RateComparison(@NonNull Long successes, @NonNull Long trials, @NonNull Double rate,
            @NonNull Double low, @NonNull Double high, Double lift, Double pValue, @NonNull Boolean significant) {
    }
}
