package org.psychograph.gateway.client;

import org.psychograph.gateway.model.Persona;
import org.psychograph.gateway.model.SegmentationTypes.Run;
import org.psychograph.gateway.model.SegmentationTypes.RunConnection;
import org.psychograph.gateway.model.SurveyTypes.Survey;
import org.psychograph.gateway.model.SurveyTypes.SurveyConnection;

/**
 * The service operations the gateway sends with the caller's selection ({@link SelectedFieldsReader}): the
 * reads by id and the batches behind the cross-service fields. The variable declarations are the services'
 * argument types; {@code ClientContractTest} validates every one against the committed schemas.
 */
enum SelectiveRead {
    SURVEY("survey", "survey", "$id: ID!", "id: $id", Survey.class),
    SURVEYS("survey", "surveys", "$first: Int, $after: String", "first: $first, after: $after", SurveyConnection.class),
    SURVEYS_BY_IDS("survey", "surveysByIds", "$ids: [String!]!", "ids: $ids", Survey.class),
    RUN("segmentation", "run", "$id: ID!", "id: $id", Run.class),
    RUNS("segmentation", "runs", "$surveyId: ID!, $first: Int, $after: String",
            "surveyId: $surveyId, first: $first, after: $after", RunConnection.class),
    RUNS_BY_IDS("segmentation", "runsByIds", "$ids: [String!]!", "ids: $ids", Run.class),
    RUNS_OF_SURVEYS("segmentation", "runsOfSurveys", "$surveyIds: [String!]!", "surveyIds: $surveyIds", Run.class),
    PERSONA("persona", "persona", "$id: ID!", "id: $id", Persona.class),
    PERSONAS("persona", "personas", "$runId: String!", "runId: $runId", Persona.class),
    PERSONAS_OF_RUNS("persona", "personasOfRuns", "$runIds: [String!]!", "runIds: $runIds", Persona.class);

    /** The service's client config key ({@code quarkus.smallrye-graphql-client.<key>.url}). */
    final String clientKey;
    final String operation;
    private final String variables;
    private final String arguments;
    /** The object type the selection applies to. */
    final Class<?> type;

    SelectiveRead(String clientKey, String operation, String variables, String arguments, Class<?> type) {
        this.clientKey = clientKey;
        this.operation = operation;
        this.variables = variables;
        this.arguments = arguments;
        this.type = type;
    }

    String document(Selection selection) {
        if (selection.type() != type) {
            throw new IllegalArgumentException(operation + " selects on " + type.getSimpleName() + ", not "
                    + selection.type().getSimpleName());
        }
        return "query " + operation + "(" + variables + ") { " + operation + "(" + arguments + ") "
                + selection.render() + " }";
    }
}
