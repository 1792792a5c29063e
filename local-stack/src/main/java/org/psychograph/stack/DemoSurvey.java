package org.psychograph.stack;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/**
 * Loads the demo survey (scripts/demo/mcdonalds-survey.json + the shared dataset) through the public
 * API: reuses the survey when a previous run created it (the import is idempotent).
 */
public final class DemoSurvey {

    private final StackLayout layout;
    private final SuiteClient client;
    private final String surveyGraphql;
    private final String surveyBase;

    public DemoSurvey(StackLayout layout, SuiteClient client, String surveyBaseUrl) {
        this.layout = layout;
        this.client = client;
        this.surveyBase = surveyBaseUrl;
        this.surveyGraphql = surveyBaseUrl + "/graphql";
    }

    public record Loaded(String surveyId, long rowsRead, long rowsWritten, long millis) {}

    public Loaded load() throws IOException, InterruptedException {
        Map<String, Object> definition = SuiteClient.json()
                .readValue(
                        layout.projectRoot()
                                .resolve("scripts/demo/mcdonalds-survey.json")
                                .toFile(),
                        new TypeReference<Map<String, Object>>() {});
        String title = (String) definition.get("title");
        String surveyId = null;
        for (JsonNode edge : client.graphql(surveyGraphql, Operations.load("findSurveys"), Map.of())
                .at("/surveys/edges")) {
            if (title.equals(edge.at("/node/title").asText())
                    && "OPEN".equals(edge.at("/node/status").asText())) {
                surveyId = edge.at("/node/id").asText();
            }
        }
        if (surveyId == null) {
            surveyId = client.graphql(
                            surveyGraphql,
                            Operations.load("createSurvey"),
                            Map.of("input", Map.of("title", title, "description", definition.get("description"))))
                    .at("/createSurvey/id")
                    .asText();
            client.graphql(
                    surveyGraphql,
                    Operations.load("addQuestions"),
                    Map.of("surveyId", surveyId, "questions", definition.get("questions")));
            client.graphql(surveyGraphql, Operations.load("openSurvey"), Map.of("id", surveyId));
        }
        Path csv = layout.dataset((String) definition.get("dataset"));
        var answer = client.postFile(
                surveyBase + "/surveys/" + surveyId + "/imports?rowIdPrefix=" + definition.get("rowIdPrefix"),
                "text/csv",
                csv);
        if (answer.getKey() != 200) {
            throw new IllegalStateException("demo import rejected: " + answer.getValue());
        }
        JsonNode report = answer.getValue();
        return new Loaded(
                surveyId,
                report.get("rowsRead").asLong(),
                report.get("rowsWritten").asLong(),
                report.get("durationMillis").asLong());
    }
}
