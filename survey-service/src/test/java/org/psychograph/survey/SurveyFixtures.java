package org.psychograph.survey;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.psychograph.testing.GraphQLTestClient;
import org.psychograph.testing.ProjectFiles;
import org.psychograph.testing.TestTokens;

/** Builds surveys through the public API, as a client would. */
final class SurveyFixtures {

    static final Path MCDONALDS_CSV = ProjectFiles.dataset("msa-mcdonalds/mcdonalds.csv");

    private SurveyFixtures() {}

    /** The mcdonalds survey definition used by the demo (scripts/demo/mcdonalds-survey.json). */
    static Map<String, Object> mcdonaldsDefinition() {
        try {
            return new ObjectMapper()
                    .readValue(
                            ProjectFiles.projectRoot()
                                    .resolve("scripts/demo/mcdonalds-survey.json")
                                    .toFile(),
                            new TypeReference<Map<String, Object>>() {});
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Creates and opens the mcdonalds survey in the token's workspace; returns its id. */
    static String openMcDonaldsSurvey(String token) {
        Map<String, Object> definition = mcdonaldsDefinition();
        return openSurvey(token, (String) definition.get("title"), definition.get("questions"));
    }

    /** Creates a survey with these questions in the token's workspace and opens it; returns its id. */
    static String openSurvey(String token, String title, Object questions) {
        GraphQLTestClient client = GraphQLTestClient.as(token);
        String id = client.runOk("createSurvey", Map.of("input", Map.of("title", title)))
                .getString("data.createSurvey.id");
        client.runOk("addQuestions", Map.of("surveyId", id, "questions", questions));
        String status = client.runOk("openSurvey", Map.of("id", id)).getString("data.openSurvey.status");
        if (!"OPEN".equals(status)) {
            throw new IllegalStateException("survey did not open: " + status);
        }
        return id;
    }

    static ValidatableResponse importCsv(String token, String surveyId, byte[] body, String... query) {
        var request = given().header("Authorization", TestTokens.bearer(token))
                .contentType("text/csv")
                .body(body);
        for (int i = 0; i + 1 < query.length; i += 2) {
            request = request.queryParam(query[i], query[i + 1]);
        }
        return request.when()
                .post("/surveys/{id}/imports", surveyId)
                .then()
                .log()
                .ifValidationFails();
    }

    static ValidatableResponse importMcDonalds(String token, String surveyId) {
        try {
            return importCsv(token, surveyId, Files.readAllBytes(MCDONALDS_CSV), "rowIdPrefix", "mcd-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A GraphQL responseMatrix page's rows by respondent id, in page order, values as doubles (null = missing). */
    static Map<String, List<Double>> matrixRows(JsonPath page) {
        Map<String, List<Double>> rows = new LinkedHashMap<>();
        List<Map<String, Object>> list = page.getList("data.responseMatrix.rows");
        for (Map<String, Object> row : list) {
            List<Double> values = new ArrayList<>();
            for (Object v : (List<?>) row.get("values")) {
                values.add(v == null ? null : ((Number) v).doubleValue());
            }
            rows.put((String) row.get("respondentId"), values);
        }
        return rows;
    }

    static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
