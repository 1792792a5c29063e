package org.psychograph.survey;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.psychograph.testing.GraphQLTestClient;
import org.psychograph.testing.PostgresTestResource;
import org.psychograph.testing.TestTokens;

/** The mcdonalds survey imports completely and reads back exactly, on a real PostgreSQL. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcWiremockTestResource.class)
class McDonaldsImportTest {

    static final List<String> ITEMS = List.of(
            "yummy",
            "convenient",
            "spicy",
            "fattening",
            "greasy",
            "fast",
            "cheap",
            "tasty",
            "expensive",
            "healthy",
            "disgusting");
    static final List<String> VISITS = List.of(
            "Never", "Once a year", "Every three months", "Once a month", "Once a week", "More than once a week");

    final String token = TestTokens.analyst("mcd-workspace");

    @Test
    void importsAllRowsAndTheMatrixReadsBackExactly() throws Exception {
        String surveyId = SurveyFixtures.openMcDonaldsSurvey(token);

        SurveyFixtures.importMcDonalds(token, surveyId)
                .statusCode(200)
                .body("status", equalTo("IMPORTED"))
                .body("rowsRead", equalTo(1453))
                .body("rowsWritten", equalTo(1453))
                .body("errors.size()", equalTo(0));

        Map<String, List<Double>> expected = expectedMatrix();
        List<String> codes = new ArrayList<>(ITEMS);
        codes.addAll(List.of("Like", "Age", "VisitFrequency", "Gender"));
        Map<String, List<Double>> actual = new HashMap<>();
        List<String> order = new ArrayList<>();
        String after = null;
        int pages = 0;
        do {
            Map<String, Object> vars = new HashMap<>(Map.of("surveyId", surveyId, "codes", codes, "first", 500));
            if (after != null) {
                vars.put("after", after);
            }
            JsonPath page = GraphQLTestClient.as(token).run("responseMatrix", vars);
            assertNull(page.get("errors"), () -> page.prettify());
            assertEquals(codes, page.getList("data.responseMatrix.columns"));
            assertEquals(1453, page.getInt("data.responseMatrix.totalCount"));
            Map<String, List<Double>> rows = SurveyFixtures.matrixRows(page);
            actual.putAll(rows);
            order.addAll(rows.keySet());
            after = page.getBoolean("data.responseMatrix.pageInfo.hasNextPage")
                    ? page.getString("data.responseMatrix.pageInfo.endCursor")
                    : null;
            pages++;
        } while (after != null);

        assertEquals(3, pages);
        assertEquals(expected, actual);
        // rows come back in respondent id order (byte order: mcd-1, mcd-10, mcd-100, ...), not the file's
        assertEquals(expected.keySet().stream().sorted().toList(), order);
        assertEquals(List.of("mcd-1", "mcd-10", "mcd-100"), order.subList(0, 3));
    }

    @Test
    void importingTheSameFileTwiceChangesNothing() {
        String surveyId = SurveyFixtures.openMcDonaldsSurvey(token);
        SurveyFixtures.importMcDonalds(token, surveyId).statusCode(200).body("rowsWritten", equalTo(1453));
        SurveyFixtures.importMcDonalds(token, surveyId)
                .statusCode(200)
                .body("status", equalTo("IMPORTED"))
                .body("rowsRead", equalTo(1453))
                .body("rowsWritten", equalTo(0))
                .body("rowsUnchanged", equalTo(1453));
        JsonPath quality = GraphQLTestClient.as(token).run("dataQuality", Map.of("surveyId", surveyId));
        assertEquals(1453, quality.getInt("data.dataQuality.responseCount"));
    }

    @Test
    void dataQualityReportsTheSurvey() {
        String surveyId = SurveyFixtures.openMcDonaldsSurvey(token);
        SurveyFixtures.importMcDonalds(token, surveyId).statusCode(200);
        JsonPath quality = GraphQLTestClient.as(token).run("dataQuality", Map.of("surveyId", surveyId));
        assertNull(quality.get("errors"), () -> quality.prettify());
        List<Map<String, Object>> questions = quality.getList("data.dataQuality.questions");
        assertEquals(15, questions.size());
        // the dataset has no empty cells (its README): nothing is missing or out of range
        for (Map<String, Object> q : questions) {
            assertEquals(0, ((Number) q.get("missingCount")).intValue(), q.toString());
            assertEquals(0, ((Number) q.get("outOfRangeCount")).intValue(), q.toString());
        }
        // no LIKERT basis items here, so no straight-liners can be measured
        assertEquals(0, quality.getInt("data.dataQuality.straightLinerCount"));
        // identical whole answer vectors do occur (same perceptions, age, liking, visits and gender)
        int duplicates = quality.getInt("data.dataQuality.duplicateResponseCount");
        int groups = quality.getInt("data.dataQuality.duplicateGroupCount");
        assertTrue(duplicates >= 2 * groups, "each duplicate group holds at least two responses");
        assertFalse(duplicates > 1453);
    }

    /** The matrix computed independently from the CSV with the documented coding. */
    static Map<String, List<Double>> expectedMatrix() throws Exception {
        Map<String, List<Double>> expected = new HashMap<>();
        try (var parser = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(java.nio.file.Files.newBufferedReader(SurveyFixtures.MCDONALDS_CSV))) {
            int row = 0;
            for (CSVRecord r : parser) {
                row++;
                List<Double> values = new ArrayList<>();
                for (String item : ITEMS) {
                    values.add(r.get(item).equals("Yes") ? 1.0 : 0.0);
                }
                String like = r.get("Like");
                values.add(
                        like.startsWith("I hate") ? -5.0 : like.startsWith("I love") ? 5.0 : Double.parseDouble(like));
                values.add(Double.parseDouble(r.get("Age")));
                values.add((double) VISITS.indexOf(r.get("VisitFrequency")) + 1);
                values.add(r.get("Gender").equals("Female") ? 1.0 : 2.0);
                expected.put("mcd-" + row, values);
            }
        }
        return expected;
    }
}
