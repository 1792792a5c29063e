package org.psychograph.survey;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.psychograph.survey.api.MatrixPageFormat;
import org.psychograph.testing.GraphQLTestClient;
import org.psychograph.testing.PostgresTestResource;
import org.psychograph.testing.TestTokens;

/**
 * The response matrix as bytes ({@code POST /surveys/{id}/matrix}) is the GraphQL {@code responseMatrix}, page for
 * page: the same rows, values, missing answers, cursors and totals, and the same refusals. Decoded here
 * independently of the server's writer, from the layout the docs give.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcWiremockTestResource.class)
class ResponseMatrixBytesTest {

    final String analyst = TestTokens.analyst("bytes-workspace");

    /** A decoded page: rows keyed by respondent id in page order, NaN read back as null. */
    record DecodedPage(
            int totalCount,
            boolean hasNextPage,
            String endCursor,
            List<String> columns,
            Map<String, List<Double>> rows) {}

    @Test
    void everyPageEqualsTheGraphQLPageIncludingMissingAnswersAndCursors() throws IOException {
        String surveyId = SurveyFixtures.openMcDonaldsSurvey(analyst);
        SurveyFixtures.importMcDonalds(analyst, surveyId).statusCode(200);
        List<String> codes = new ArrayList<>(McDonaldsImportTest.ITEMS);
        codes.addAll(List.of("Like", "Age", "VisitFrequency"));
        String after = null;
        int pages = 0;
        int rows = 0;
        do {
            Map<String, Object> vars = new HashMap<>(Map.of("surveyId", surveyId, "codes", codes, "first", 600));
            Map<String, Object> body = new HashMap<>(Map.of("questionCodes", codes, "first", 600));
            if (after != null) {
                vars.put("after", after);
                body.put("after", after);
            }
            JsonPath graphql = GraphQLTestClient.as(analyst).runOk("responseMatrix", vars);
            DecodedPage bytes = decode(read(analyst, surveyId, body));
            assertEquals(graphql.getInt("data.responseMatrix.totalCount"), bytes.totalCount());
            assertEquals(graphql.getList("data.responseMatrix.columns"), bytes.columns());
            assertEquals(graphql.getBoolean("data.responseMatrix.pageInfo.hasNextPage"), bytes.hasNextPage());
            assertEquals(graphql.getString("data.responseMatrix.pageInfo.endCursor"), bytes.endCursor());
            assertEquals(SurveyFixtures.matrixRows(graphql), bytes.rows());
            rows += bytes.rows().size();
            after = bytes.hasNextPage() ? bytes.endCursor() : null;
            pages++;
        } while (after != null);
        assertEquals(3, pages);
        assertEquals(1453, rows);
    }

    @Test
    void aMissingAnswerIsNaNOnTheWireAndNullAfterDecoding() throws IOException {
        String surveyId = SurveyFixtures.openSurvey(
                analyst, "Gaps", List.of(BadImportTest.likert("q1"), BadImportTest.likert("q2")));
        SurveyFixtures.importCsv(
                        analyst, surveyId, "respondent_id,q1,q2\na,1,\nb,,5\n".getBytes(StandardCharsets.UTF_8))
                .statusCode(200);
        DecodedPage page = decode(read(analyst, surveyId, Map.of()));
        Map<String, List<Double>> expected = new LinkedHashMap<>();
        expected.put("a", nullable(1.0, null));
        expected.put("b", nullable(null, 5.0));
        assertEquals(expected, page.rows());
        assertEquals(List.of("q1", "q2"), page.columns());
        assertEquals(2, page.totalCount());
        assertTrue(!page.hasNextPage());
    }

    @Test
    void refusalsAreTheGraphQLOnesWithTheirHttpStatus() {
        String surveyId = SurveyFixtures.openSurvey(analyst, "Refusals", List.of(BadImportTest.likert("q1")));
        given().contentType("application/json")
                .body(Map.of())
                .when()
                .post("/surveys/{id}/matrix", surveyId)
                .then()
                .statusCode(401);
        post(TestTokens.analyst("another-workspace"), surveyId, Map.of())
                .statusCode(404)
                .body("code", equalTo("NOT_FOUND"));
        post(analyst, surveyId, Map.of("after", "AA")).statusCode(400).body("field", equalTo("after"));
        post(analyst, surveyId, Map.of("questionCodes", List.of("q1", "q1")))
                .statusCode(400)
                .body("field", equalTo("questionCodes[1]"));
        post(analyst, surveyId, Map.of("questionCodes", List.of("nope")))
                .statusCode(400)
                .body("code", equalTo("VALIDATION"));
        post(analyst, surveyId, Map.of("first", 10_001)).statusCode(400).body("field", equalTo("first"));
        // read strictly, as GraphQL types them: not rounded, not wrapped, not ignored
        post(analyst, surveyId, Map.of("first", 1.5)).statusCode(400).body("field", equalTo("first"));
        post(analyst, surveyId, Map.of("first", 4_294_967_297L)).statusCode(400).body("field", equalTo("first"));
        post(analyst, surveyId, Map.of("questioncodes", List.of("q1")))
                .statusCode(400)
                .body("field", equalTo("questioncodes"));
        post(analyst, surveyId, Map.of("questionCodes", List.of(1)))
                .statusCode(400)
                .body("field", equalTo("questionCodes[0]"));
        post(TestTokens.token("nobody", Set.of(), List.of("bytes-workspace")), surveyId, Map.of())
                .statusCode(403)
                .body("code", equalTo("FORBIDDEN"));
    }

    private static io.restassured.response.ValidatableResponse post(
            String token, String surveyId, Map<String, Object> body) {
        return given().header("Authorization", TestTokens.bearer(token))
                .contentType("application/json")
                .body(body)
                .when()
                .post("/surveys/{id}/matrix", surveyId)
                .then()
                .log()
                .ifValidationFails();
    }

    private static byte[] read(String token, String surveyId, Map<String, Object> body) {
        return post(token, surveyId, body)
                .statusCode(200)
                .contentType(MatrixPageFormat.MEDIA_TYPE)
                .extract()
                .asByteArray();
    }

    private static DecodedPage decode(byte[] bytes) throws IOException {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            assertEquals(0x50474D31, in.readInt(), "magic PGM1");
            int total = in.readInt();
            boolean hasNext = in.readBoolean();
            String cursor = in.readUTF();
            List<String> columns = new ArrayList<>();
            for (int c = in.readInt(); c > 0; c--) {
                columns.add(in.readUTF());
            }
            Map<String, List<Double>> rows = new LinkedHashMap<>();
            for (int r = in.readInt(); r > 0; r--) {
                String id = in.readUTF();
                List<Double> values = new ArrayList<>();
                for (int c = 0; c < columns.size(); c++) {
                    double v = in.readDouble();
                    values.add(Double.isNaN(v) ? null : v);
                }
                rows.put(id, values);
            }
            assertEquals(-1, in.read(), "nothing after the last row");
            return new DecodedPage(total, hasNext, cursor.isEmpty() ? null : cursor, columns, rows);
        }
    }

    private static List<Double> nullable(Double... values) {
        return new ArrayList<>(java.util.Arrays.asList(values));
    }
}
