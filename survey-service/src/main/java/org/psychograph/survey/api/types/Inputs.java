package org.psychograph.survey.api.types;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;
import org.psychograph.survey.model.Dimension;
import org.psychograph.survey.model.QuestionRole;
import org.psychograph.survey.model.QuestionType;

/** The GraphQL input types of survey-service. */
public final class Inputs {

    private Inputs() {}

    @Input("CreateSurveyInput")
    public record CreateSurvey(
            @Description("Workspace of the new survey; may be left out when the token grants exactly one")
            String workspaceId,

            @NonNull String title,
            String description) {}

    @Input("UpdateSurveyInput")
    @Description("Fields left out are unchanged.")
    public record UpdateSurvey(String title, String description) {}

    @Input("CreateWaveInput")
    public record CreateWave(
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
    public record UpdateWave(
            @Description("1 to 100 characters, trimmed, unique in the tracker whatever its case; a survey without "
                    + "waves that is given none becomes \"Wave 1\"")
            String label,

            @Description("First day of fieldwork") LocalDate fieldedFrom,

            @Description("Last day of fieldwork, not before fieldedFrom")
            LocalDate fieldedTo) {}

    @Input("QuestionInput")
    public record QuestionDefinition(
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

            @Description("Answers that mean 'not answered' in imports and submissions (SPSS user-missing values), "
                    + "e.g. [\"0\"] or [\"-99\", \"99\"]: stored as missing instead of refused. At most 10.")
            List<String> missingCodes) {}

    @Input("ResponseInput")
    public record ResponseSubmission(
            @NonNull String respondentId,
            @NonNull List<@NonNull AnswerSubmission> answers,

            @Description("Respondent attributes to merge (e.g. CRM fields)")
            List<Attribute> attributes) {}

    @Input("AnswerInput")
    @Description("`value` as text (coded like an import cell), or `values` for MULTI_CHOICE.")
    public record AnswerSubmission(@NonNull String questionCode, String value, List<String> values) {}

    @Input("AttributeInput")
    public record Attribute(@NonNull String name, @NonNull String value) {}
}
