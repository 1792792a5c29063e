package org.psychograph.gateway.client;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.psychograph.gateway.model.Persona;
import org.psychograph.gateway.model.PersonaTypes.CampaignPerformance;
import org.psychograph.gateway.model.PersonaTypes.CampaignResult;
import org.psychograph.gateway.model.PersonaTypes.Concept;
import org.psychograph.gateway.model.PersonaTypes.PersonaDiff;
import org.psychograph.gateway.model.PersonaTypes.PersonaExport;
import org.psychograph.gateway.model.PersonaTypes.PersonaVersion;
import org.psychograph.gateway.model.PersonaTypes.QuestionMeaning;
import org.psychograph.gateway.model.PersonaTypes.RulePack;
import org.psychograph.gateway.model.PersonaTypes.RulePackProblem;
import org.psychograph.gateway.model.SegmentationTypes.AssignmentConnection;
import org.psychograph.gateway.model.SegmentationTypes.ModelApplication;
import org.psychograph.gateway.model.SegmentationTypes.Run;
import org.psychograph.gateway.model.SegmentationTypes.RunComparison;
import org.psychograph.gateway.model.SegmentationTypes.RunConnection;
import org.psychograph.gateway.model.SegmentationTypes.SegmentPlacement;
import org.psychograph.gateway.model.SegmentationTypes.TypingToolExport;
import org.psychograph.gateway.model.SurveyTypes.DataQualityReport;
import org.psychograph.gateway.model.SurveyTypes.ResponseConnection;
import org.psychograph.gateway.model.SurveyTypes.ResponseMatrix;
import org.psychograph.gateway.model.SurveyTypes.Survey;
import org.psychograph.gateway.model.SurveyTypes.SurveyConnection;

/**
 * Every operation the gateway sends to a service, with the argument types the service declares
 * ({@code ClientContractTest} validates each one, with every field selected, against the committed schemas). The
 * selection is the caller's ({@link Selection}), so a document is built per request.
 */
enum DownstreamOperation {
    SURVEY(DownstreamService.SURVEY, Kind.QUERY, "survey", "$id: ID!", Survey.class, 0),
    SURVEYS(DownstreamService.SURVEY, Kind.QUERY, "surveys", "$first: Int, $after: String", SurveyConnection.class, 0),
    SURVEYS_BY_IDS(DownstreamService.SURVEY, Kind.QUERY, "surveysByIds", "$ids: [String!]!", Survey.class, 1),
    RESPONSES(
            DownstreamService.SURVEY,
            Kind.QUERY,
            "responses",
            "$surveyId: ID!, $first: Int, $after: String",
            ResponseConnection.class,
            0),
    RESPONSE_MATRIX(
            DownstreamService.SURVEY,
            Kind.QUERY,
            "responseMatrix",
            "$surveyId: ID!, $questionCodes: [String], $first: Int, $after: String",
            ResponseMatrix.class,
            0),
    DATA_QUALITY(DownstreamService.SURVEY, Kind.QUERY, "dataQuality", "$surveyId: ID!", DataQualityReport.class, 0),
    CREATE_SURVEY(
            DownstreamService.SURVEY, Kind.MUTATION, "createSurvey", "$input: CreateSurveyInput!", Survey.class, 0),
    UPDATE_SURVEY(
            DownstreamService.SURVEY,
            Kind.MUTATION,
            "updateSurvey",
            "$id: ID!, $input: UpdateSurveyInput!",
            Survey.class,
            0),
    ADD_QUESTIONS(
            DownstreamService.SURVEY,
            Kind.MUTATION,
            "addQuestions",
            "$surveyId: ID!, $questions: [QuestionInput!]!",
            Survey.class,
            0),
    UPDATE_QUESTION(
            DownstreamService.SURVEY,
            Kind.MUTATION,
            "updateQuestion",
            "$surveyId: ID!, $code: String!, $question: QuestionInput!",
            Survey.class,
            0),
    REMOVE_QUESTION(
            DownstreamService.SURVEY,
            Kind.MUTATION,
            "removeQuestion",
            "$surveyId: ID!, $code: String!",
            Survey.class,
            0),
    CREATE_WAVE(
            DownstreamService.SURVEY,
            Kind.MUTATION,
            "createWave",
            "$surveyId: ID!, $input: CreateWaveInput!",
            Survey.class,
            0),
    UPDATE_WAVE(
            DownstreamService.SURVEY,
            Kind.MUTATION,
            "updateWave",
            "$surveyId: ID!, $input: UpdateWaveInput!",
            Survey.class,
            0),
    OPEN_SURVEY(DownstreamService.SURVEY, Kind.MUTATION, "openSurvey", "$id: ID!", Survey.class, 0),
    CLOSE_SURVEY(DownstreamService.SURVEY, Kind.MUTATION, "closeSurvey", "$id: ID!", Survey.class, 0),
    SUBMIT_RESPONSES(
            DownstreamService.SURVEY,
            Kind.MUTATION,
            "submitResponses",
            "$surveyId: ID!, $responses: [ResponseInput!]!",
            Integer.class,
            0),
    DELETE_RESPONSES(
            DownstreamService.SURVEY,
            Kind.MUTATION,
            "deleteResponses",
            "$surveyId: ID!, $respondentIds: [String!]!",
            Integer.class,
            0),

    RUN(DownstreamService.SEGMENTATION, Kind.QUERY, "run", "$id: ID!", Run.class, 0),
    RUNS(
            DownstreamService.SEGMENTATION,
            Kind.QUERY,
            "runs",
            "$surveyId: ID!, $first: Int, $after: String",
            RunConnection.class,
            0),
    RUNS_BY_IDS(DownstreamService.SEGMENTATION, Kind.QUERY, "runsByIds", "$ids: [String!]!", Run.class, 1),
    RUNS_OF_SURVEYS(
            DownstreamService.SEGMENTATION, Kind.QUERY, "runsOfSurveys", "$surveyIds: [String!]!", Run.class, 2),
    ASSIGNMENTS(
            DownstreamService.SEGMENTATION,
            Kind.QUERY,
            "assignments",
            "$runId: ID!, $first: Int, $after: String",
            AssignmentConnection.class,
            0),
    START_SEGMENTATION(
            DownstreamService.SEGMENTATION,
            Kind.MUTATION,
            "startSegmentation",
            "$input: SegmentationInput!",
            Run.class,
            0),
    CANCEL_RUN(DownstreamService.SEGMENTATION, Kind.MUTATION, "cancelRun", "$id: ID!", Run.class, 0),
    CHOOSE_K(DownstreamService.SEGMENTATION, Kind.MUTATION, "chooseK", "$runId: ID!, $k: Int!", Run.class, 0),
    EXPORT_TYPING_TOOL(
            DownstreamService.SEGMENTATION,
            Kind.QUERY,
            "exportTypingTool",
            "$runId: ID!, $format: TypingToolFormat!",
            TypingToolExport.class,
            0),
    ASSIGN_SEGMENT(
            DownstreamService.SEGMENTATION,
            Kind.MUTATION,
            "assignSegment",
            "$runId: ID!, $answers: [AnswerValueInput!]!",
            SegmentPlacement.class,
            0),
    COMPARE_RUNS(DownstreamService.SEGMENTATION, Kind.QUERY, "compareRuns", "$a: ID!, $b: ID!", RunComparison.class, 0),
    APPLY_MODEL(
            DownstreamService.SEGMENTATION,
            Kind.MUTATION,
            "applyModel",
            "$runId: ID!, $surveyId: ID!",
            ModelApplication.class,
            0),
    MODEL_APPLICATION(
            DownstreamService.SEGMENTATION, Kind.QUERY, "modelApplication", "$id: ID!", ModelApplication.class, 0),
    MODEL_APPLICATIONS(
            DownstreamService.SEGMENTATION, Kind.QUERY, "modelApplications", "$runId: ID!", ModelApplication.class, 1),
    APPLIED_ASSIGNMENTS(
            DownstreamService.SEGMENTATION,
            Kind.QUERY,
            "appliedAssignments",
            "$applicationId: ID!, $first: Int, $after: String",
            AssignmentConnection.class,
            0),

    PERSONA(DownstreamService.PERSONA, Kind.QUERY, "persona", "$id: ID!", Persona.class, 0),
    PERSONAS(DownstreamService.PERSONA, Kind.QUERY, "personas", "$runId: String!", Persona.class, 1),
    PERSONAS_OF_RUNS(DownstreamService.PERSONA, Kind.QUERY, "personasOfRuns", "$runIds: [String!]!", Persona.class, 2),
    PERSONA_VERSIONS(DownstreamService.PERSONA, Kind.QUERY, "personaVersions", "$id: ID!", PersonaVersion.class, 1),
    PERSONA_DIFF(
            DownstreamService.PERSONA,
            Kind.QUERY,
            "personaDiff",
            "$id: ID!, $from: Int!, $to: Int!",
            PersonaDiff.class,
            0),
    EXPORT_PERSONA(
            DownstreamService.PERSONA,
            Kind.QUERY,
            "exportPersona",
            "$id: ID!, $format: ExportFormat!",
            PersonaExport.class,
            0),
    RULE_PACKS(DownstreamService.PERSONA, Kind.QUERY, "rulePacks", "", RulePack.class, 1),
    CHECK_RULE_PACK(DownstreamService.PERSONA, Kind.QUERY, "checkRulePack", "$yaml: String!", RulePackProblem.class, 1),
    CAMPAIGN_PERFORMANCE(
            DownstreamService.PERSONA,
            Kind.QUERY,
            "campaignPerformance",
            "$runId: String, $campaign: String",
            CampaignPerformance.class,
            0),
    CONCEPTS(DownstreamService.PERSONA, Kind.QUERY, "concepts", "", Concept.class, 1),
    QUESTION_MEANINGS(
            DownstreamService.PERSONA, Kind.QUERY, "questionMeanings", "$runId: String!", QuestionMeaning.class, 1),
    CORRECT_QUESTION_MEANING(
            DownstreamService.PERSONA,
            Kind.MUTATION,
            "correctQuestionMeaning",
            "$runId: String!, $questionCode: String!, $concept: String, $pole: Direction",
            QuestionMeaning.class,
            0),
    RESET_QUESTION_MEANING(
            DownstreamService.PERSONA,
            Kind.MUTATION,
            "resetQuestionMeaning",
            "$runId: String!, $questionCode: String!",
            QuestionMeaning.class,
            0),
    GENERATE_PERSONAS(
            DownstreamService.PERSONA, Kind.MUTATION, "generatePersonas", "$runId: String!", Persona.class, 1),
    UPDATE_PERSONA(
            DownstreamService.PERSONA,
            Kind.MUTATION,
            "updatePersona",
            "$id: ID!, $patch: PersonaPatch!",
            Persona.class,
            0),
    PUBLISH_PERSONA(DownstreamService.PERSONA, Kind.MUTATION, "publishPersona", "$id: ID!", Persona.class, 0),
    UPLOAD_RULE_PACK(
            DownstreamService.PERSONA,
            Kind.MUTATION,
            "uploadRulePack",
            "$workspaceId: String, $yaml: String!",
            RulePack.class,
            0),
    RECORD_CAMPAIGN_RESULT(
            DownstreamService.PERSONA,
            Kind.MUTATION,
            "recordCampaignResult",
            "$input: CampaignResultInput!",
            CampaignResult.class,
            0);

    /** A query is read-only downstream and may be retried; a mutation never is (it could apply twice). */
    enum Kind {
        QUERY,
        MUTATION
    }

    final DownstreamService service;
    final Kind kind;
    final String operation;
    private final String variables;
    private final String arguments;
    /** The type of the answer's objects (a scalar's class for a scalar answer). */
    final Class<?> type;
    /** How deep the answer's lists are: {@code [[Run]]} is 2. */
    final int listDepth;

    DownstreamOperation(
            DownstreamService service, Kind kind, String operation, String variables, Class<?> type, int listDepth) {
        this.service = service;
        this.kind = kind;
        this.operation = operation;
        this.variables = variables;
        // "$surveyId: ID!, $first: Int" passes each variable to the argument of the same name
        this.arguments = Arrays.stream(variables.split(","))
                .map(String::strip)
                .filter(v -> !v.isEmpty())
                .map(v -> v.substring(1, v.indexOf(':')) + ": " + v.substring(0, v.indexOf(':')))
                .collect(Collectors.joining(", "));
        this.type = type;
        this.listDepth = listDepth;
    }

    /** Whether the answer has fields to select (an object type), rather than being a scalar. */
    boolean selects() {
        return !Selection.isLeaf(type);
    }

    /** The document, asking for {@code selection} (null for a scalar answer). */
    String document(Selection selection) {
        if (selects() && (selection == null || selection.type() != type)) {
            throw new IllegalArgumentException(operation + " selects on " + type.getSimpleName() + ", not "
                    + (selection == null ? "nothing" : selection.type().getSimpleName()));
        }
        StringBuilder document = new StringBuilder(kind == Kind.QUERY ? "query " : "mutation ").append(operation);
        if (!variables.isEmpty()) {
            document.append('(').append(variables).append(')');
        }
        document.append(" { ").append(operation);
        if (!arguments.isEmpty()) {
            document.append('(').append(arguments).append(')');
        }
        if (selects()) {
            document.append(' ').append(selection.render());
        }
        return document.append(" }").toString();
    }
}
