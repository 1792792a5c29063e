package org.psychograph.gateway.model;

import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * survey-service's types as the gateway serves them (graphql/survey.graphql). The same records are the
 * typed client's result types: their components are exactly what the gateway asks survey-service for.
 */
public final class SurveyTypes {

    private SurveyTypes() {
    }

    public enum SurveyStatus { DRAFT, OPEN, CLOSED }

    public enum QuestionType { LIKERT, BINARY, SINGLE_CHOICE, MULTI_CHOICE, NUMERIC, TEXT }

    public enum QuestionRole { BASIS, DESCRIPTOR }

    @Description("A questionnaire. Questions change only while DRAFT; responses are accepted only while OPEN.")
    public record Survey(@NonNull @Id String id, @NonNull String workspaceId, @NonNull String title,
            String description, @NonNull SurveyStatus status, @NonNull List<@NonNull Question> questions,
            @NonNull OffsetDateTime createdAt, @NonNull OffsetDateTime updatedAt) {
    }

    @Description("One question of a survey. Its code is the column name in imports and the key of its answers.")
    public record Question(@NonNull String id, @NonNull String code, @NonNull String text,
            @NonNull QuestionType type, @NonNull Dimension dimension, @NonNull QuestionRole role,
            @NonNull Boolean reverseCoded, @NonNull Integer position, Integer scaleMin, Integer scaleMax,
            Double numericMin, Double numericMax, List<String> options) {
    }

    public record SurveyConnection(@NonNull List<@NonNull SurveyEdge> edges, @NonNull PageInfo pageInfo,
            @NonNull Integer totalCount) {
    }

    public record SurveyEdge(@NonNull String cursor, @NonNull Survey node) {
    }

    @Description("One respondent's answers to a survey.")
    public record Response(@NonNull String respondentId, @NonNull List<@NonNull Answer> answers,
            @NonNull OffsetDateTime submittedAt) {
    }

    public record Answer(@NonNull String questionCode, Double value, String text) {
    }

    public record ResponseConnection(@NonNull List<@NonNull ResponseEdge> edges, @NonNull PageInfo pageInfo,
            @NonNull Integer totalCount) {
    }

    public record ResponseEdge(@NonNull String cursor, @NonNull Response node) {
    }

    @Description("A page of the numeric response matrix: one compact row per respondent, values in the order of "
            + "`columns` (null = missing).")
    public record ResponseMatrix(@NonNull List<@NonNull String> columns, @NonNull List<@NonNull ResponseMatrixRow> rows,
            @NonNull PageInfo pageInfo, @NonNull Integer totalCount) {
    }

    public record ResponseMatrixRow(@NonNull String respondentId, @NonNull List<Double> values) {
    }

    @Description("What is wrong with a survey's data, so the analyst can decide to drop, impute or keep.")
    public record DataQualityReport(@NonNull Integer responseCount, @NonNull List<@NonNull QuestionQuality> questions,
            @NonNull Integer straightLinerCount, @NonNull List<@NonNull String> straightLiners,
            @NonNull Integer duplicateResponseCount, @NonNull Integer duplicateGroupCount) {
    }

    public record QuestionQuality(@NonNull String questionCode, @NonNull Integer missingCount,
            @NonNull Double missingShare, @NonNull Integer outOfRangeCount) {
    }

    @Input("CreateSurveyInput")
    public record CreateSurveyInput(@NonNull String title, String description,
            @Description("Workspace of the new survey; may be left out when the token grants exactly one")
            String workspaceId) {
    }

    @Input("UpdateSurveyInput")
    @Description("Fields left out are unchanged.")
    public record UpdateSurveyInput(String title, String description) {
    }

    @Input("QuestionInput")
    public record QuestionInput(@NonNull String code, @NonNull String text, @NonNull QuestionType type,
            @NonNull Dimension dimension, @NonNull QuestionRole role, @DefaultValue("false") Boolean reverseCoded,
            Integer scaleMin, Integer scaleMax, Double numericMin, Double numericMax, List<String> options) {
    }

    @Input("ResponseInput")
    public record ResponseInput(@NonNull String respondentId, @NonNull List<@NonNull AnswerInput> answers,
            @Description("Respondent attributes to merge (e.g. CRM fields)") List<AttributeInput> attributes) {
    }

    @Input("AnswerInput")
    @Description("`value` as text (coded like an import cell), or `values` for MULTI_CHOICE.")
    public record AnswerInput(@NonNull String questionCode, String value, List<String> values) {
    }

    @Input("AttributeInput")
    public record AttributeInput(@NonNull String name, @NonNull String value) {
    }
}
