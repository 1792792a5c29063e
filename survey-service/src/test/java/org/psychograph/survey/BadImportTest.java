package org.psychograph.survey;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.ValidatableResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.psychograph.testing.GraphQLTestClient;
import org.psychograph.testing.PostgresTestResource;
import org.psychograph.testing.TestTokens;

/** Every bad file is rejected with its first error's row and column, and leaves zero rows. */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcWiremockTestResource.class)
class BadImportTest {

    static final String HEADER = "respondent_id,q1,q2,q3,b1\n";

    final String token = TestTokens.analyst("bad-files");
    String surveyId;

    @BeforeEach
    void survey() {
        surveyId = SurveyFixtures.openSurvey(
                token,
                "Bad files",
                List.of(
                        likert("q1"),
                        likert("q2"),
                        likert("q3"),
                        Map.of(
                                "code",
                                "b1",
                                "text",
                                "Yes or no?",
                                "type",
                                "BINARY",
                                "dimension",
                                "VALUES",
                                "role",
                                "BASIS")));
    }

    static Map<String, Object> likert(String code) {
        return Map.of(
                "code",
                code,
                "text",
                "Agree?",
                "type",
                "LIKERT",
                "dimension",
                "ATTITUDES",
                "role",
                "BASIS",
                "scaleMin",
                1,
                "scaleMax",
                5);
    }

    ValidatableResponse rejected(String csv) {
        return rejected(csv.getBytes(StandardCharsets.UTF_8));
    }

    ValidatableResponse rejected(byte[] body) {
        ValidatableResponse response = SurveyFixtures.importCsv(token, surveyId, body)
                .statusCode(422)
                .body("status", equalTo("REJECTED"))
                .body("rowsWritten", equalTo(0))
                .body("errors.size()", greaterThan(0));
        assertEquals(
                0,
                GraphQLTestClient.as(token)
                        .run("dataQuality", Map.of("surveyId", surveyId))
                        .getInt("data.dataQuality.responseCount"),
                "nothing may be written");
        return response;
    }

    @Test
    void validFileIsImported() {
        SurveyFixtures.importCsv(token, surveyId, (HEADER + "a,1,2,3,Yes\nb,5,4,,No\n").getBytes())
                .statusCode(200)
                .body("rowsWritten", equalTo(2));
    }

    @Test
    void unbalancedQuotes() {
        rejected(HEADER + "a,1,2,3,Yes\nb,\"4,4,4,No\nc,1,1,1,No\n")
                .body("errors[0].row", equalTo(2))
                .body("errors[0].reason", containsString("malformed"));
    }

    @Test
    void wrongColumnCount() {
        rejected(HEADER + "a,1,2,3,Yes\nb,1,2,3,Yes,extra\n")
                .body("errors[0].row", equalTo(2))
                .body("errors[0].reason", containsString("too many columns"));
        rejected(HEADER + "a,1,2\n")
                .body("errors[0].row", equalTo(1))
                .body("errors[0].reason", containsString("too few columns"));
    }

    @Test
    void unknownQuestionCode() {
        rejected("respondent_id,q1,q9\na,1,2\n")
                .body("errors[0].row", equalTo(0))
                .body("errors[0].column", equalTo("q9"))
                .body("errors[0].reason", containsString("unknown column"));
    }

    @Test
    void valueOutsideTheScaleAndNotANumber() {
        rejected(HEADER + "a,1,2,3,Yes\nb,1,7,3,Yes\nc,x,1,1,No\nd,1,1,1,maybe\n")
                .body("errors[0].row", equalTo(2))
                .body("errors[0].column", equalTo("q2"))
                .body("errors[0].value", equalTo("7"))
                .body("errors[0].reason", containsString("outside the scale 1..5"))
                .body("errors[1].row", equalTo(3))
                .body("errors[1].reason", containsString("not a number"))
                .body("errors[2].column", equalTo("b1"));
    }

    @Test
    void emptyFile() {
        rejected("").body("errors[0].row", equalTo(0)).body("errors[0].reason", containsString("empty"));
    }

    @Test
    void binaryGarbage() {
        byte[] garbage = new byte[4096];
        new Random(42).nextBytes(garbage);
        rejected(garbage).body("errors[0].reason", containsString("not UTF-8"));
    }

    @Test
    void fileOverTheSizeLimit() {
        // the test profile limits imports to 2,000,000 bytes
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 0; csv.length() <= 2_100_000; i++) {
            csv.append("respondent-").append(i).append(",1,2,3,Yes\n");
        }
        rejected(csv.toString()).body("errors[0].reason", containsString("larger than the limit of 2000000 bytes"));
    }

    @Test
    void duplicateRespondentInTheFile() {
        rejected(HEADER + "a,1,2,3,Yes\nb,1,2,3,Yes\na,5,5,5,No\n")
                .body("errors[0].row", equalTo(3))
                .body("errors[0].column", equalTo("respondentId"))
                .body("errors[0].value", equalTo("a"))
                .body("errors[0].reason", containsString("first at row 1"));
    }

    @Test
    void repeatsAcrossBatchesAreAllListedWithBothRows() {
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 1; i <= 350; i++) {
            // rows 230 and 340 repeat rows 5 and 120, each in a later batch of 100 rows
            String id = i == 230 ? "r5" : i == 340 ? "r120" : "r" + i;
            csv.append(id).append(",1,2,3,Yes\n");
        }
        rejected(csv.toString())
                .body("errors.size()", equalTo(2))
                .body("errors[0].row", equalTo(230))
                .body("errors[0].value", equalTo("r5"))
                .body("errors[0].reason", containsString("first at row 5"))
                .body("errors[1].row", equalTo(340))
                .body("errors[1].reason", containsString("first at row 120"));
    }

    @Test
    void duplicateRespondentInAFileForASurveyWithResponses() {
        SurveyFixtures.importCsv(token, surveyId, (HEADER + "a,1,2,3,Yes\n").getBytes())
                .statusCode(200);
        SurveyFixtures.importCsv(token, surveyId, (HEADER + "b,1,2,3,Yes\na,5,5,5,No\nb,2,2,2,No\n").getBytes())
                .statusCode(422)
                .body("rowsWritten", equalTo(0))
                .body("errors[0].row", equalTo(3))
                .body("errors[0].value", equalTo("b"))
                .body("errors[0].reason", containsString("first at row 1"));
        assertEquals(List.of("a 1 2 3 1"), matrix(), "the earlier response is untouched and nothing is added");
    }

    @Test
    void aLaterImportReplacesChangedResponsesAndAddsNewOnes() {
        SurveyFixtures.importCsv(token, surveyId, (HEADER + "m,1,1,1,Yes\na,2,2,2,Yes\n").getBytes())
                .statusCode(200)
                .body("rowsWritten", equalTo(2));
        SurveyFixtures.importCsv(
                        token, surveyId, (HEADER + "z,3,3,3,No\na,5,5,5,No\nm,1,1,1,Yes\nb,4,4,4,No\n").getBytes())
                .statusCode(200)
                .body("rowsWritten", equalTo(3))
                .body("rowsUnchanged", equalTo(1));
        // read back in respondent id order
        assertEquals(List.of("a 5 5 5 0", "b 4 4 4 0", "m 1 1 1 1", "z 3 3 3 0"), matrix());
    }

    /** The survey's matrix, one "id value value ..." line per row, in the order the service returns them. */
    private List<String> matrix() {
        List<Map<String, Object>> rows = GraphQLTestClient.as(token)
                .run("responseMatrix", Map.of("surveyId", surveyId))
                .getList("data.responseMatrix.rows");
        List<String> lines = new java.util.ArrayList<>();
        for (Map<String, Object> row : rows) {
            StringBuilder line = new StringBuilder((String) row.get("respondentId"));
            for (Object v : (List<?>) row.get("values")) {
                line.append(' ').append(((Number) v).intValue());
            }
            lines.add(line.toString());
        }
        return lines;
    }

    @Test
    void errorListIsCapped() {
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 0; i < 500; i++) {
            csv.append("r").append(i).append(",9,2,3,Yes\n");
        }
        rejected(csv.toString()).body("errors.size()", equalTo(100)).body("errorsTruncated", equalTo(true));
    }

    @Test
    void ndjsonIsImportedAndValidated() {
        String good = "{\"respondentId\":\"n1\",\"answers\":{\"q1\":1,\"q2\":\"5\",\"b1\":true}}\n"
                + "{\"respondentId\":\"n2\",\"answers\":{\"q1\":null,\"q3\":2},\"attributes\":{\"crm\":\"x\"}}\n";
        io.restassured.RestAssured.given()
                .header("Authorization", TestTokens.bearer(token))
                .contentType("application/x-ndjson")
                .queryParam("format", "NDJSON")
                .body(good.getBytes(StandardCharsets.UTF_8))
                .when()
                .post("/surveys/{id}/imports", surveyId)
                .then()
                .statusCode(200)
                .body("rowsWritten", equalTo(2))
                .body("errors.size()", equalTo(0));
        io.restassured.RestAssured.given()
                .header("Authorization", TestTokens.bearer(token))
                .contentType("application/x-ndjson")
                .queryParam("format", "NDJSON")
                .body("{\"respondentId\":\"n3\",\"answers\":{\"q1\":6}}\n{not json}\n".getBytes(StandardCharsets.UTF_8))
                .when()
                .post("/surveys/{id}/imports", surveyId)
                .then()
                .statusCode(422)
                .body("errors[0].row", equalTo(1))
                .body("errors[0].column", equalTo("q1"))
                .body("errors[1].row", equalTo(2))
                .body("errors[1].column", nullValue());
    }
}
