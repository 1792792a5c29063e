package org.psychograph.gateway.model;

import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * persona-service's output types as the gateway serves them (graphql/persona.graphql), except the persona
 * itself ({@link Persona}). The same classes bind persona-service's answers, whose fields they mirror.
 */
public final class PersonaTypes {

    private PersonaTypes() {}

    public enum PersonaStatus {
        DRAFT,
        PUBLISHED
    }

    public enum StatementOrigin {
        GENERATED,
        EDITED,
        HUMAN
    }

    public enum EvidenceKind {
        PROFILE_MEAN,
        DESCRIPTOR_MEAN,
        CATEGORY_SHARE,
        SEGMENT_SHARE
    }

    public enum VersionChange {
        GENERATED,
        REGENERATED,
        EDITED
    }

    public enum ChangeKind {
        ADDED,
        CHANGED,
        REMOVED
    }

    public enum ExportFormat {
        MARKDOWN,
        JSON,
        HTML
    }

    public enum PersonaSection {
        ARCHETYPES,
        ATTITUDES,
        AVOID,
        B2B_ROLE,
        BUYING_BEHAVIOUR,
        CHANNELS,
        GOALS,
        IDENTITY,
        INTERESTS,
        KEY_MESSAGES,
        LIFESTYLE,
        MOTIVATIONS,
        PAIN_POINTS,
        PERSONALITY,
        SIZE,
        SUMMARY,
        TAGLINE,
        TONE,
        VALUES
    }

    @Description("One sentence of a persona with its evidence. A generated statement always has evidence.")
    public static final class Statement {

        private @NonNull String text;
        private String key;
        private @NonNull StatementOrigin origin;
        private @NonNull Boolean stale;
        private @NonNull List<@NonNull Evidence> evidence;

        public @NonNull String getText() {
            return text;
        }

        public String getKey() {
            return key;
        }

        public @NonNull StatementOrigin getOrigin() {
            return origin;
        }

        public @NonNull Boolean getStale() {
            return stale;
        }

        public @NonNull List<@NonNull Evidence> getEvidence() {
            return evidence;
        }
    }

    @Description("The statistic behind a statement, from the segment it describes.")
    public static final class Evidence {

        private @NonNull EvidenceKind kind;
        private @NonNull String questionCode;
        private @NonNull String questionText;
        private String category;
        private @NonNull Double segmentValue;
        private @NonNull Double overallValue;
        private @NonNull Double difference;
        private Double standardisedDifference;
        private Double pValue;
        private String test;
        private @NonNull Boolean significant;

        public @NonNull EvidenceKind getKind() {
            return kind;
        }

        public @NonNull String getQuestionCode() {
            return questionCode;
        }

        public @NonNull String getQuestionText() {
            return questionText;
        }

        public String getCategory() {
            return category;
        }

        public @NonNull Double getSegmentValue() {
            return segmentValue;
        }

        public @NonNull Double getOverallValue() {
            return overallValue;
        }

        public @NonNull Double getDifference() {
            return difference;
        }

        public Double getStandardisedDifference() {
            return standardisedDifference;
        }

        public Double getPValue() {
            return pValue;
        }

        public String getTest() {
            return test;
        }

        public @NonNull Boolean getSignificant() {
            return significant;
        }
    }

    public static final class Messaging {

        private Statement tone;
        private @NonNull List<@NonNull Statement> keyMessages;
        private @NonNull List<@NonNull Statement> avoid;

        public Statement getTone() {
            return tone;
        }

        public @NonNull List<@NonNull Statement> getKeyMessages() {
            return keyMessages;
        }

        public @NonNull List<@NonNull Statement> getAvoid() {
            return avoid;
        }
    }

    public static final class PersonaVersion {

        private @NonNull Integer version;
        private @NonNull VersionChange change;
        private @NonNull String author;
        private @NonNull String name;
        private @NonNull String rulePack;
        private @NonNull String runId;
        private String surveyId;
        private @NonNull Integer segmentNumber;
        private @NonNull List<@NonNull String> changedFields;
        private @NonNull OffsetDateTime createdAt;

        public @NonNull Integer getVersion() {
            return version;
        }

        public @NonNull VersionChange getChange() {
            return change;
        }

        public @NonNull String getAuthor() {
            return author;
        }

        public @NonNull String getName() {
            return name;
        }

        public @NonNull String getRulePack() {
            return rulePack;
        }

        public @NonNull String getRunId() {
            return runId;
        }

        @Description("The survey (wave) the run segmented; null for versions written before this was recorded")
        public String getSurveyId() {
            return surveyId;
        }

        @Description("The segment of the run this version portrays")
        public @NonNull Integer getSegmentNumber() {
            return segmentNumber;
        }

        @Description("EDITED: the fields the person changed; REGENERATED: the fields the new run's evidence changed "
                + "(see personaDiff for the statements)")
        public @NonNull List<@NonNull String> getChangedFields() {
            return changedFields;
        }

        public @NonNull OffsetDateTime getCreatedAt() {
            return createdAt;
        }
    }

    @Description("What changed between two versions of a persona, field by field.")
    public static final class PersonaDiff {

        private @NonNull Integer from;
        private @NonNull Integer to;
        private @NonNull List<@NonNull FieldChange> changes;

        public @NonNull Integer getFrom() {
            return from;
        }

        public @NonNull Integer getTo() {
            return to;
        }

        public @NonNull List<@NonNull FieldChange> getChanges() {
            return changes;
        }
    }

    public static final class FieldChange {

        private @NonNull String field;
        private @NonNull ChangeKind kind;
        private String before;
        private String after;

        public @NonNull String getField() {
            return field;
        }

        public @NonNull ChangeKind getKind() {
            return kind;
        }

        public String getBefore() {
            return before;
        }

        public String getAfter() {
            return after;
        }
    }

    public static final class PersonaExport {

        private @NonNull ExportFormat format;
        private @NonNull String fileName;
        private @NonNull String contentType;
        private @NonNull String content;

        public @NonNull ExportFormat getFormat() {
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

    public static final class RulePack {

        private @NonNull String key;
        private @NonNull String name;
        private @NonNull Integer version;
        private String workspaceId;
        private String description;
        private @NonNull Integer archetypes;
        private @NonNull String source;

        public @NonNull String getKey() {
            return key;
        }

        public @NonNull String getName() {
            return name;
        }

        public @NonNull Integer getVersion() {
            return version;
        }

        public String getWorkspaceId() {
            return workspaceId;
        }

        public String getDescription() {
            return description;
        }

        public @NonNull Integer getArchetypes() {
            return archetypes;
        }

        public @NonNull String getSource() {
            return source;
        }
    }

    public static final class RulePackProblem {

        private @NonNull Integer line;
        private @NonNull String path;
        private @NonNull String reason;

        public @NonNull Integer getLine() {
            return line;
        }

        public @NonNull String getPath() {
            return path;
        }

        public @NonNull String getReason() {
            return reason;
        }
    }

    public static final class CampaignResult {

        private @NonNull @Id String id;
        private @NonNull String personaId;
        private @NonNull String personaName;
        private @NonNull String campaign;
        private @NonNull String channel;
        private @NonNull String period;
        private @NonNull Long sent;
        private @NonNull Long opened;
        private @NonNull Long clicked;
        private @NonNull Long converted;
        private @NonNull Double revenue;
        private @NonNull String recordedBy;
        private @NonNull OffsetDateTime recordedAt;

        public @NonNull @Id String getId() {
            return id;
        }

        public @NonNull String getPersonaId() {
            return personaId;
        }

        public @NonNull String getPersonaName() {
            return personaName;
        }

        public @NonNull String getCampaign() {
            return campaign;
        }

        public @NonNull String getChannel() {
            return channel;
        }

        public @NonNull String getPeriod() {
            return period;
        }

        public @NonNull Long getSent() {
            return sent;
        }

        public @NonNull Long getOpened() {
            return opened;
        }

        public @NonNull Long getClicked() {
            return clicked;
        }

        public @NonNull Long getConverted() {
            return converted;
        }

        public @NonNull Double getRevenue() {
            return revenue;
        }

        public @NonNull String getRecordedBy() {
            return recordedBy;
        }

        public @NonNull OffsetDateTime getRecordedAt() {
            return recordedAt;
        }
    }

    @Description("Campaign outcomes per persona (segment) against the all-segment total.")
    public static final class CampaignPerformance {

        private String runId;
        private String campaign;
        private @NonNull List<@NonNull SegmentPerformance> segments;
        private @NonNull SegmentPerformance total;
        private Double conversionChiSquarePValue;
        private @NonNull List<@NonNull String> campaigns;

        public String getRunId() {
            return runId;
        }

        public String getCampaign() {
            return campaign;
        }

        public @NonNull List<@NonNull SegmentPerformance> getSegments() {
            return segments;
        }

        public @NonNull SegmentPerformance getTotal() {
            return total;
        }

        public Double getConversionChiSquarePValue() {
            return conversionChiSquarePValue;
        }

        @Description("The campaigns the results counted here come from, alphabetically: asked without a campaign, "
                + "every campaign of the run's personas (what a campaign filter offers)")
        public @NonNull List<@NonNull String> getCampaigns() {
            return campaigns;
        }
    }

    public static final class SegmentPerformance {

        private String personaId;
        private @NonNull String personaName;
        private @NonNull Integer results;
        private @NonNull Long sent;
        private @NonNull RateComparison openRate;
        private @NonNull RateComparison clickRate;
        private @NonNull RateComparison conversionRate;
        private @NonNull Double revenue;
        private @NonNull Double revenuePerSent;

        public String getPersonaId() {
            return personaId;
        }

        public @NonNull String getPersonaName() {
            return personaName;
        }

        public @NonNull Integer getResults() {
            return results;
        }

        public @NonNull Long getSent() {
            return sent;
        }

        public @NonNull RateComparison getOpenRate() {
            return openRate;
        }

        public @NonNull RateComparison getClickRate() {
            return clickRate;
        }

        public @NonNull RateComparison getConversionRate() {
            return conversionRate;
        }

        public @NonNull Double getRevenue() {
            return revenue;
        }

        public @NonNull Double getRevenuePerSent() {
            return revenuePerSent;
        }
    }

    @Description("A rate with its Wilson 95% interval, its lift over the all-segment rate, and a two-proportion "
            + "z-test of this segment against all the others.")
    public static final class RateComparison {

        private @NonNull Long successes;
        private @NonNull Long trials;
        private @NonNull Double rate;
        private @NonNull Double low;
        private @NonNull Double high;
        private Double lift;
        private Double pValue;
        private @NonNull Boolean significant;

        public @NonNull Long getSuccesses() {
            return successes;
        }

        public @NonNull Long getTrials() {
            return trials;
        }

        public @NonNull Double getRate() {
            return rate;
        }

        public @NonNull Double getLow() {
            return low;
        }

        public @NonNull Double getHigh() {
            return high;
        }

        public Double getLift() {
            return lift;
        }

        public Double getPValue() {
            return pValue;
        }

        public @NonNull Boolean getSignificant() {
            return significant;
        }
    }

    public enum Direction {
        HIGH,
        LOW
    }

    public enum MeaningSource {
        ANALYST,
        RULE_PACK,
        LEXICON,
        SIMILARITY,
        NONE
    }

    @Description("A section of the persona card with nothing in it, and why: the survey did not measure it, or this "
            + "segment does not differ there. Generation never fills a section with a trait the data does not show.")
    public static final class EmptySection {

        private @NonNull String section;
        private @NonNull String reason;

        public @Description("The persona field that is empty (painPoints, channels, ...; tone and keyMessages are in "
                + "messaging)") @NonNull String getSection() {
            return section;
        }

        public @NonNull String getReason() {
            return reason;
        }
    }

    @Description("A psychographic dimension of the vocabulary question meanings are read into, with its two poles.")
    public static final class Concept {

        private @NonNull String id;
        private @NonNull String label;
        private @NonNull String highWords;
        private @NonNull String lowWords;

        public @NonNull String getId() {
            return id;
        }

        public @NonNull String getLabel() {
            return label;
        }

        public @Description("The high pole in words (\"wants low prices\")") @NonNull String getHighWords() {
            return highWords;
        }

        public @Description("The low pole in words (\"does not mind paying more\")") @NonNull String getLowWords() {
            return lowWords;
        }
    }

    @Description("What agreeing with a basis question means for personas: a concept of the vocabulary and its pole, or "
            + "no concept. Read from the question's text unless the rule pack binds it or an analyst corrected it.")
    public static final class QuestionMeaning {

        private @NonNull String questionCode;
        private String questionText;
        private String concept;
        private String conceptLabel;
        private Direction pole;
        private String poleWords;
        private @NonNull Double confidence;
        private String matchedWords;
        private @NonNull MeaningSource source;

        public @NonNull String getQuestionCode() {
            return questionCode;
        }

        public String getQuestionText() {
            return questionText;
        }

        public @Description("The concept's id (see `concepts`); null: the question measures no concept, and no "
                + "archetype or section is drawn from it") String getConcept() {
            return concept;
        }

        public String getConceptLabel() {
            return conceptLabel;
        }

        public @Description("HIGH: agreeing means the concept's high pole; LOW: its low pole") Direction getPole() {
            return pole;
        }

        public @Description("The pole in words, as personas use it") String getPoleWords() {
            return poleWords;
        }

        public @Description("1 for a correction or a binding; about 0.9 for a lexicon term, 0.6 when two concepts' "
                + "terms compete; the cosine similarity for a reading by sentence similarity; 0 for no concept")
        @NonNull Double getConfidence() {
            return confidence;
        }

        public @Description("The lexicon term, the closest anchor statement, or the question code that decided it")
        String getMatchedWords() {
            return matchedWords;
        }

        public @Description("Who decided the meaning: ANALYST, RULE_PACK, LEXICON, SIMILARITY or NONE") @NonNull
        MeaningSource getSource() {
            return source;
        }
    }
}
