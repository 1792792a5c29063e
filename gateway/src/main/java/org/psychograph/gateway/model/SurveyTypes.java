package org.psychograph.gateway.model;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * survey-service's types as the gateway serves them (graphql/survey.graphql). The same classes bind
 * survey-service's answers: their fields are the most the gateway asks survey-service for.
 */
public final class SurveyTypes {

    private SurveyTypes() {}

    public enum SurveyStatus {
        DRAFT,
        OPEN,
        CLOSED
    }

    public enum QuestionType {
        LIKERT,
        BINARY,
        SINGLE_CHOICE,
        MULTI_CHOICE,
        NUMERIC,
        TEXT
    }

    public enum QuestionRole {
        BASIS,
        DESCRIPTOR
    }

    @Description("A questionnaire. Questions change only while DRAFT; responses are accepted only while OPEN.")
    public static final class Survey {

        private @NonNull @Id String id;
        private @NonNull String workspaceId;
        private @NonNull String title;
        private String description;
        private @NonNull SurveyStatus status;
        private @NonNull List<@NonNull Question> questions;
        private @NonNull OffsetDateTime createdAt;
        private @NonNull OffsetDateTime updatedAt;
        private Wave wave;
        private @NonNull List<@NonNull Survey> waves;

        public @NonNull @Id String getId() {
            return id;
        }

        public @NonNull String getWorkspaceId() {
            return workspaceId;
        }

        public @NonNull String getTitle() {
            return title;
        }

        public String getDescription() {
            return description;
        }

        public @NonNull SurveyStatus getStatus() {
            return status;
        }

        public @NonNull List<@NonNull Question> getQuestions() {
            return questions;
        }

        public @NonNull OffsetDateTime getCreatedAt() {
            return createdAt;
        }

        public @NonNull OffsetDateTime getUpdatedAt() {
            return updatedAt;
        }

        @Description("The survey's wave in its tracker; null when the survey is not fielded in waves.")
        public Wave getWave() {
            return wave;
        }

        @Description("All waves of the survey's tracker in the order of their numbers; just this survey when it is "
                + "not fielded in waves.")
        public @NonNull List<@NonNull Survey> getWaves() {
            return waves;
        }
    }

    @Description("A survey's place in a tracker: a survey fielded in waves is one survey per wave, linked by their "
            + "tracker; each wave has its own responses, imports, data quality and response matrix.")
    public static final class Wave {

        private @NonNull @Id String trackerId;
        private @NonNull String label;
        private LocalDate fieldedFrom;
        private LocalDate fieldedTo;
        private @NonNull Integer number;

        @Description("The tracker the wave belongs to (the first wave's survey id; it never changes): what makes "
                + "waves one study, e.g. for personas that continue from wave to wave")
        public @NonNull @Id String getTrackerId() {
            return trackerId;
        }

        public @NonNull String getLabel() {
            return label;
        }

        @Description("First day of fieldwork")
        public LocalDate getFieldedFrom() {
            return fieldedFrom;
        }

        @Description("Last day of fieldwork")
        public LocalDate getFieldedTo() {
            return fieldedTo;
        }

        @Description("1-based place in the tracker: by fieldedFrom (a wave without it by the day it was created), "
                + "then by creation")
        public @NonNull Integer getNumber() {
            return number;
        }
    }

    @Description("One question of a survey. Its code is the column name in imports and the key of its answers.")
    public static final class Question {

        private @NonNull String id;
        private @NonNull String code;
        private @NonNull String text;
        private @NonNull QuestionType type;
        private @NonNull Dimension dimension;
        private @NonNull QuestionRole role;
        private @NonNull Boolean reverseCoded;
        private @NonNull Integer position;
        private Integer scaleMin;
        private Integer scaleMax;
        private Double numericMin;
        private Double numericMax;
        private List<String> options;
        private List<@NonNull String> missingCodes;

        public @NonNull String getId() {
            return id;
        }

        public @NonNull String getCode() {
            return code;
        }

        public @NonNull String getText() {
            return text;
        }

        public @NonNull QuestionType getType() {
            return type;
        }

        public @NonNull Dimension getDimension() {
            return dimension;
        }

        public @NonNull QuestionRole getRole() {
            return role;
        }

        public @NonNull Boolean getReverseCoded() {
            return reverseCoded;
        }

        public @NonNull Integer getPosition() {
            return position;
        }

        public Integer getScaleMin() {
            return scaleMin;
        }

        public Integer getScaleMax() {
            return scaleMax;
        }

        public Double getNumericMin() {
            return numericMin;
        }

        public Double getNumericMax() {
            return numericMax;
        }

        public List<String> getOptions() {
            return options;
        }

        public @Description("Answers that mean 'not answered' (user-missing values): stored as missing") List<
                        @NonNull String>
                getMissingCodes() {
            return missingCodes;
        }
    }

    public static final class SurveyConnection {

        private @NonNull List<@NonNull SurveyEdge> edges;
        private @NonNull PageInfo pageInfo;
        private @NonNull Integer totalCount;

        public @NonNull List<@NonNull SurveyEdge> getEdges() {
            return edges;
        }

        public @NonNull PageInfo getPageInfo() {
            return pageInfo;
        }

        public @NonNull Integer getTotalCount() {
            return totalCount;
        }
    }

    public static final class SurveyEdge {

        private @NonNull String cursor;
        private @NonNull Survey node;

        public @NonNull String getCursor() {
            return cursor;
        }

        public @NonNull Survey getNode() {
            return node;
        }
    }

    @Description("One respondent's answers to a survey.")
    public static final class Response {

        private @NonNull String respondentId;
        private @NonNull List<@NonNull Answer> answers;
        private @NonNull OffsetDateTime submittedAt;

        public @NonNull String getRespondentId() {
            return respondentId;
        }

        public @NonNull List<@NonNull Answer> getAnswers() {
            return answers;
        }

        public @NonNull OffsetDateTime getSubmittedAt() {
            return submittedAt;
        }
    }

    public static final class Answer {

        private @NonNull String questionCode;
        private Double value;
        private String text;

        public @NonNull String getQuestionCode() {
            return questionCode;
        }

        public Double getValue() {
            return value;
        }

        public String getText() {
            return text;
        }
    }

    public static final class ResponseConnection {

        private @NonNull List<@NonNull ResponseEdge> edges;
        private @NonNull PageInfo pageInfo;
        private @NonNull Integer totalCount;

        public @NonNull List<@NonNull ResponseEdge> getEdges() {
            return edges;
        }

        public @NonNull PageInfo getPageInfo() {
            return pageInfo;
        }

        public @NonNull Integer getTotalCount() {
            return totalCount;
        }
    }

    public static final class ResponseEdge {

        private @NonNull String cursor;
        private @NonNull Response node;

        public @NonNull String getCursor() {
            return cursor;
        }

        public @NonNull Response getNode() {
            return node;
        }
    }

    @Description("A page of the numeric response matrix: one compact row per respondent, values in the order of "
            + "`columns` (null = missing).")
    public static final class ResponseMatrix {

        private @NonNull List<@NonNull String> columns;
        private @NonNull List<@NonNull ResponseMatrixRow> rows;
        private @NonNull PageInfo pageInfo;
        private @NonNull Integer totalCount;

        public @NonNull List<@NonNull String> getColumns() {
            return columns;
        }

        public @NonNull List<@NonNull ResponseMatrixRow> getRows() {
            return rows;
        }

        public @NonNull PageInfo getPageInfo() {
            return pageInfo;
        }

        public @NonNull Integer getTotalCount() {
            return totalCount;
        }
    }

    public static final class ResponseMatrixRow {

        private @NonNull String respondentId;
        private @NonNull List<Double> values;

        public @NonNull String getRespondentId() {
            return respondentId;
        }

        public @NonNull List<Double> getValues() {
            return values;
        }
    }

    @Description("What is wrong with a survey's data, so the analyst can decide to drop, impute or keep.")
    public static final class DataQualityReport {

        private @NonNull Integer responseCount;
        private @NonNull List<@NonNull QuestionQuality> questions;
        private @NonNull Integer straightLinerCount;
        private @NonNull List<@NonNull String> straightLiners;
        private @NonNull Integer duplicateResponseCount;
        private @NonNull Integer duplicateGroupCount;

        public @NonNull Integer getResponseCount() {
            return responseCount;
        }

        public @NonNull List<@NonNull QuestionQuality> getQuestions() {
            return questions;
        }

        public @NonNull Integer getStraightLinerCount() {
            return straightLinerCount;
        }

        public @NonNull List<@NonNull String> getStraightLiners() {
            return straightLiners;
        }

        public @NonNull Integer getDuplicateResponseCount() {
            return duplicateResponseCount;
        }

        public @NonNull Integer getDuplicateGroupCount() {
            return duplicateGroupCount;
        }
    }

    public static final class QuestionQuality {

        private @NonNull String questionCode;
        private @NonNull Integer missingCount;
        private @NonNull Double missingShare;
        private @NonNull Integer outOfRangeCount;

        public @NonNull String getQuestionCode() {
            return questionCode;
        }

        public @NonNull Integer getMissingCount() {
            return missingCount;
        }

        public @NonNull Double getMissingShare() {
            return missingShare;
        }

        public @NonNull Integer getOutOfRangeCount() {
            return outOfRangeCount;
        }
    }

    @Input("CreateSurveyInput")
    public record CreateSurveyInput(
            @NonNull String title,
            String description,

            @Description("Workspace of the new survey; may be left out when the token grants exactly one")
            String workspaceId) {}

    @Input("UpdateSurveyInput")
    @Description("Fields left out are unchanged.")
    public record UpdateSurveyInput(String title, String description) {}

    @Input("CreateWaveInput")
    public record CreateWaveInput(
            @Description("The wave's name in its tracker, e.g. \"March 2026\": 1 to 100 characters, trimmed, "
                    + "unique in the tracker whatever its case")
            @NonNull
            String label,

            @Description("First day of fieldwork") LocalDate fieldedFrom,

            @Description("Last day of fieldwork, not before fieldedFrom")
            LocalDate fieldedTo,

            @Description("Title of the new survey; by default the source's title, \" — \" and the label")
            String title) {}

    @Input("UpdateWaveInput")
    @Description("Fields left out are unchanged.")
    public record UpdateWaveInput(
            @Description("1 to 100 characters, trimmed, unique in the tracker whatever its case; a survey without "
                    + "waves that is given none becomes \"Wave 1\"")
            String label,

            @Description("First day of fieldwork") LocalDate fieldedFrom,

            @Description("Last day of fieldwork, not before fieldedFrom")
            LocalDate fieldedTo) {}

    @Input("QuestionInput")
    public record QuestionInput(
            @NonNull String code,
            @NonNull String text,
            @NonNull QuestionType type,
            @NonNull Dimension dimension,
            @NonNull QuestionRole role,
            @DefaultValue("false") Boolean reverseCoded,
            Integer scaleMin,
            Integer scaleMax,
            Double numericMin,
            Double numericMax,
            List<String> options,

            @Description("Answers that mean 'not answered' in imports and submissions (SPSS user-missing values), e.g. "
                    + "[\"0\"] or [\"-99\", \"99\"]: stored as missing instead of refused. At most 10.")
            List<String> missingCodes) {}

    @Input("ResponseInput")
    public record ResponseInput(
            @NonNull String respondentId,
            @NonNull List<@NonNull AnswerInput> answers,

            @Description("Respondent attributes to merge (e.g. CRM fields)")
            List<AttributeInput> attributes) {}

    @Input("AnswerInput")
    @Description("`value` as text (coded like an import cell), or `values` for MULTI_CHOICE.")
    public record AnswerInput(@NonNull String questionCode, String value, List<String> values) {}

    @Input("AttributeInput")
    public record AttributeInput(
            @NonNull String name, @NonNull String value) {}
}
