package org.psychograph.survey;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.ValidatableResponse;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.psychograph.testing.GraphQLTestClient;
import org.psychograph.testing.PostgresTestResource;
import org.psychograph.testing.TestTokens;

/**
 * Files as real tools write them: what they mean is imported, and what is ambiguous (two columns for one question,
 * a key twice, a file without rows) is refused rather than silently resolved. Exports with extra columns and
 * "not answered" codes are imported with the options for them, and what was skipped is reported.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcWiremockTestResource.class)
class RealFilesTest {

    final String token = TestTokens.analyst("real-files");
    String surveyId;

    @BeforeEach
    void survey() {
        surveyId = SurveyFixtures.openSurvey(
                token,
                "Real files",
                List.of(BadImportTest.likert("q1"), BadImportTest.likert("q2"), BadImportTest.likert("q3")));
    }

    ValidatableResponse send(byte[] body, String... query) {
        return SurveyFixtures.importCsv(token, surveyId, body, query);
    }

    ValidatableResponse send(String body, String... query) {
        return send(body.getBytes(StandardCharsets.UTF_8), query);
    }

    ValidatableResponse rejected(String body, String... query) {
        ValidatableResponse response = send(body, query).statusCode(422).body("rowsWritten", equalTo(0));
        assertEquals(List.of(), matrix(), "nothing may be written");
        return response;
    }

    /** The stored matrix as "id v v v" lines, missing answers as "-". */
    List<String> matrix() {
        List<Map<String, Object>> rows = GraphQLTestClient.as(token)
                .run("responseMatrix", Map.of("surveyId", surveyId))
                .getList("data.responseMatrix.rows");
        List<String> lines = new ArrayList<>();
        for (Map<String, Object> row : rows) {
            StringBuilder line = new StringBuilder((String) row.get("respondentId"));
            for (Object v : (List<?>) row.get("values")) {
                line.append(' ').append(v == null ? "-" : String.valueOf(((Number) v).intValue()));
            }
            lines.add(line.toString());
        }
        return lines;
    }

    @Test
    void excelCsvWithAByteOrderMarkIsImported() throws Exception {
        ByteArrayOutputStream excel = new ByteArrayOutputStream();
        excel.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        excel.write("respondent_id,q1,q2,q3\r\na,1,2,3\r\nb,5,4,3\r\n".getBytes(StandardCharsets.UTF_8));
        send(excel.toByteArray()).statusCode(200).body("rowsWritten", equalTo(2));
        assertEquals(List.of("a 1 2 3", "b 5 4 3"), matrix());
    }

    @Test
    void twoColumnsMappedToOneQuestionAreRefused() {
        rejected("respondent_id,q1,Question one,q2\na,1,2,3\n", "map", "Question one=q1")
                .body("errors[0].row", equalTo(0))
                .body("errors[0].column", equalTo("Question one"))
                .body("errors[0].reason", containsString("both mapped to question q1"));
        rejected("respondent_id,A,B\na,1,2\n", "map", "A=q2", "map", "B=q2").body("errors[0].column", equalTo("B"));
    }

    @Test
    void aKeyTwiceInAnNdjsonObjectIsRefused() {
        rejected(
                        "{\"respondentId\":\"a\",\"answers\":{\"q1\":1,\"q1\":5}}\n"
                                + "{\"respondentId\":\"b\",\"respondentId\":\"c\",\"answers\":{}}\n",
                        "format",
                        "NDJSON")
                .body("errors[0].row", equalTo(1))
                .body("errors[0].reason", containsString("appears twice"))
                .body("errors[0].reason", containsString("q1"))
                .body("errors[1].row", equalTo(2))
                .body("errors[1].reason", containsString("respondentId"));
    }

    @Test
    void aFileWithoutDataRowsIsRefused() {
        rejected("respondent_id,q1,q2,q3\n").body("errors[0].reason", containsString("no data rows"));
        rejected("respondent_id,q1,q2,q3\r\n\r\n").body("errors[0].reason", containsString("no data rows"));
        rejected("\n  \n\n", "format", "NDJSON").body("errors[0].reason", containsString("empty"));
    }

    static final String QUALTRICS = "StartDate,Duration,respondent_id,q1,IPAddress,q2,q3\n"
            + "2024-01-01,30,a,1,10.0.0.1,2,3\n2024-01-02,41,b,5,10.0.0.2,4,3\n";

    @Test
    void unknownColumnsAreRefusedByDefaultAndIgnoredWhenAsked() {
        rejected(QUALTRICS).body("errors.column", equalTo(List.of("StartDate", "Duration", "IPAddress")));
        send(QUALTRICS, "unknownColumns", "IGNORE")
                .statusCode(200)
                .body("rowsWritten", equalTo(2))
                .body("ignoredColumns", equalTo(List.of("StartDate", "Duration", "IPAddress")));
        assertEquals(List.of("a 1 2 3", "b 5 4 3"), matrix());
        send(
                        "{\"respondentId\":\"c\",\"answers\":{\"q1\":2,\"Duration\":12}}\n",
                        "format",
                        "NDJSON",
                        "unknownColumns",
                        "ignore")
                .statusCode(200)
                .body("ignoredColumns", equalTo(List.of("Duration")));
        send(QUALTRICS, "unknownColumns", "SOMETIMES").statusCode(400).body("field", equalTo("unknownColumns"));
    }

    @Test
    void namedColumnsAreTakenAndTheRestReported() {
        send(QUALTRICS, "columns", "q1,q3")
                .statusCode(200)
                .body("ignoredColumns", equalTo(List.of("StartDate", "Duration", "IPAddress", "q2")));
        assertEquals(List.of("a 1 - 3", "b 5 - 3"), matrix());
        send(QUALTRICS, "columns", "q1", "columns", "q9").statusCode(400).body("field", equalTo("columns"));
    }

    @Test
    void aNamedColumnMissingFromTheFileIsRefused() {
        rejected("respondent_id,q1\na,1\n", "columns", "q1,q2")
                .body("errors[0].column", equalTo("q2"))
                .body("errors[0].reason", containsString("not in the file"));
    }

    @Test
    void missingValueCodesBecomeNotAnswered() {
        // a public Big Five file codes "not answered" as 0; SPSS files use -99
        String bigFive = "respondent_id,q1,q2,q3\na,0,2,3\nb,5,-99,0\nc,-99.0,4,0\n";
        rejected(bigFive)
                .body("errors[0].row", equalTo(1))
                .body("errors[0].reason", containsString("outside the scale"));
        rejected(bigFive, "missing", "q1:0").body("errors[0].row", equalTo(2)).body("errors[0].column", equalTo("q2"));
        send(bigFive, "missing", "*:-99", "missing", "*:0").statusCode(200).body("rowsWritten", equalTo(3));
        assertEquals(List.of("a - 2 3", "b 5 - -", "c - 4 -"), matrix());
        send(bigFive, "missing", "q7:0").statusCode(400).body("field", equalTo("missing"));
        send(bigFive, "missing", "q1").statusCode(400).body("field", equalTo("missing"));
        assertEquals(Arrays.asList("a - 2 3", "b 5 - -", "c - 4 -"), matrix());
    }

    @Test
    void missingValueCodesSetOnAQuestionApplyToEveryImportAndSubmission() {
        Map<String, Object> coded = new java.util.HashMap<>(BadImportTest.likert("q1"));
        coded.put("missingCodes", List.of("0", " -99 "));
        surveyId = SurveyFixtures.openSurvey(token, "Coded missing", List.of(coded, BadImportTest.likert("q2")));
        GraphQLTestClient client = GraphQLTestClient.as(token);
        assertEquals(
                List.of("0", "-99"),
                client.runOk("survey", Map.of("id", surveyId)).getList("data.survey.questions[0].missingCodes"));
        // q2 has no codes of its own: its 0 is still refused, unless the import names it
        rejected("respondent_id,q1,q2\na,0,2\nb,-99,0\n")
                .body("errors.size()", equalTo(1))
                .body("errors[0].column", equalTo("q2"));
        send("respondent_id,q1,q2\na,0,2\nb,-99,0\n", "missing", "q2:0").statusCode(200);
        client.runOk(
                "submitResponses",
                Map.of(
                        "surveyId",
                        surveyId,
                        "responses",
                        List.of(Map.of(
                                "respondentId",
                                "c",
                                "answers",
                                List.of(
                                        Map.of("questionCode", "q1", "value", "0"),
                                        Map.of("questionCode", "q2", "value", "4"))))));
        assertEquals(List.of("a - 2", "b - -", "c - 4"), matrix());
        Map<String, Object> tooMany = new java.util.HashMap<>(BadImportTest.likert("q1"));
        tooMany.put("missingCodes", List.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11"));
        String draft = client.runOk("createSurvey", Map.of("input", Map.of("title", "Draft")))
                .getString("data.createSurvey.id");
        BadValuesTest.assertValidation(
                "questions[0].missingCodes",
                client.run("addQuestions", Map.of("surveyId", draft, "questions", List.of(tooMany))));
    }
}
