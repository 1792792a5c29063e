package org.psychograph.survey;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.ValidatableResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.psychograph.testing.GraphQLTestClient;
import org.psychograph.testing.PostgresTestResource;
import org.psychograph.testing.TestTokens;

/**
 * Values the database cannot store or analysis cannot use are refused at import with their row and column (422),
 * never a 500; options that cannot be used are refused with their name (400). Nothing is written.
 */
@QuarkusTest
@WithTestResource(PostgresTestResource.class)
@WithTestResource(OidcWiremockTestResource.class)
class BadImportValuesTest {

    static final String HEADER = "respondent_id,q1,n1,t1\n";

    final String token = TestTokens.analyst("bad-import-values");
    String surveyId;

    @BeforeEach
    void survey() {
        surveyId = SurveyFixtures.openSurvey(
                token,
                "Bad import values",
                List.of(
                        BadImportTest.likert("q1"),
                        Map.of(
                                "code",
                                "n1",
                                "text",
                                "How much?",
                                "type",
                                "NUMERIC",
                                "dimension",
                                "BEHAVIOURAL",
                                "role",
                                "DESCRIPTOR"),
                        Map.of(
                                "code",
                                "t1",
                                "text",
                                "Why?",
                                "type",
                                "TEXT",
                                "dimension",
                                "VALUES",
                                "role",
                                "DESCRIPTOR")));
    }

    ValidatableResponse send(String body, String... query) {
        return SurveyFixtures.importCsv(token, surveyId, body.getBytes(StandardCharsets.UTF_8), query);
    }

    ValidatableResponse rejected(String body, String... query) {
        ValidatableResponse response = send(body, query)
                .statusCode(422)
                .body("status", equalTo("REJECTED"))
                .body("rowsWritten", equalTo(0))
                .body("errors[0].reason", not(containsString("Exception")));
        assertNothingWritten();
        return response;
    }

    void assertNothingWritten() {
        assertEquals(
                0,
                GraphQLTestClient.as(token)
                        .run("dataQuality", Map.of("surveyId", surveyId))
                        .getInt("data.dataQuality.responseCount"),
                "nothing may be written");
    }

    @Test
    void nulInAnIdATextOrAnAttributeIsNamedNotA500() {
        rejected(HEADER + "a,1,2,ok\nb\u0000,1,2,ok\n")
                .body("errors[0].row", equalTo(2))
                .body("errors[0].column", equalTo("respondent_id"))
                .body("errors[0].reason", containsString("U+0000"));
        String ndjson = "{\"respondentId\":\"a\",\"answers\":{\"t1\":\"fine\"}}\n"
                + "{\"respondentId\":\"b\",\"answers\":{\"t1\":\"no\\u0000pe\"}}\n"
                + "{\"respondentId\":\"c\\u0000\",\"answers\":{}}\n"
                + "{\"respondentId\":\"d\",\"answers\":{},\"attributes\":{\"crm\":\"x\\u0000\"}}\n"
                + "{\"respondentId\":\"e\\ud800\",\"answers\":{}}\n";
        rejected(ndjson, "format", "NDJSON")
                .body("errors[0].row", equalTo(2))
                .body("errors[0].column", equalTo("t1"))
                .body("errors[0].reason", containsString("U+0000"))
                .body("errors[1].row", equalTo(3))
                .body("errors[1].column", equalTo("respondentId"))
                .body("errors[2].row", equalTo(4))
                .body("errors[2].column", equalTo("attributes.crm"))
                .body("errors[3].row", equalTo(5))
                .body("errors[3].reason", containsString("surrogate"));
    }

    @Test
    void aBadRowIdPrefixIsAnInvalidOption() {
        send("q1,n1,t1\n1,2,x\n", "rowIdPrefix", "p\u0000")
                .statusCode(400)
                .body("code", equalTo("VALIDATION"))
                .body("field", equalTo("rowIdPrefix"));
        send("q1,n1,t1\n1,2,x\n", "rowIdPrefix", "p".repeat(101))
                .statusCode(400)
                .body("field", equalTo("rowIdPrefix"));
        assertNothingWritten();
    }

    @Test
    void numericAnswersMustBeFiniteAndAtMost1e12() {
        rejected(HEADER + "a,1,NaN,x\nb,1,Infinity,x\nc,1,1e308,x\nd,1,-2e12,x\ne,1,1e12,x\n")
                .body("errors.size()", equalTo(4))
                .body("errors[0].row", equalTo(1))
                .body("errors[0].column", equalTo("n1"))
                .body("errors[0].reason", containsString("finite"))
                .body("errors[1].row", equalTo(2))
                .body("errors[1].reason", containsString("finite"))
                .body("errors[2].row", equalTo(3))
                .body("errors[2].reason", containsString("1e12"))
                .body("errors[3].row", equalTo(4))
                .body("errors[3].column", equalTo("n1"));
        rejected("{\"respondentId\":\"a\",\"answers\":{\"n1\":1e308}}\n", "format", "NDJSON")
                .body("errors[0].column", equalTo("n1"))
                .body("errors[0].reason", containsString("1e12"));
        send(HEADER + "e,1,1e12,x\nf,1,-12.5,y\n").statusCode(200).body("rowsWritten", equalTo(2));
    }

    @Test
    void aCellLongerThanTheFieldLimitIsNamed() {
        rejected(HEADER + "a,1,2," + "x".repeat(65_537) + "\n")
                .body("errors[0].row", equalTo(1))
                .body("errors[0].column", equalTo("t1"))
                .body("errors[0].reason", containsString("psychograph.import.max-field-length"));
    }

    @Test
    void aRowLongerThanTheLineLimitStopsTheImportWithoutReadingItWhole() {
        // the test profile allows rows of 200,000 characters; this quoted cell (with line breaks, so no line is
        // long) is 1.5 MB: the import stops at the row limit instead of building the whole cell
        StringBuilder cell = new StringBuilder("\"");
        while (cell.length() < 1_500_000) {
            cell.append("a long answer\n");
        }
        rejected(HEADER + "a,1,2,ok\nb,1,2," + cell + "\"\n")
                .body("errors[0].row", equalTo(2))
                .body("errors[0].reason", containsString("psychograph.import.max-line-length"));
        StringBuilder line = new StringBuilder("{\"respondentId\":\"a\",\"answers\":{\"t1\":\"");
        line.append("y".repeat(1_500_000)).append("\"}}\n");
        rejected(line.toString(), "format", "NDJSON")
                .body("errors[0].reason", containsString("psychograph.import.max-line-length"));
    }
}
