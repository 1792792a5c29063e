package org.psychograph.gateway.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.parser.Parser;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TextArgumentsTest {

    private static OperationDefinition operation(String document) {
        Document parsed = Parser.parse(document);
        return parsed.getDefinitionsOfType(OperationDefinition.class).get(0);
    }

    @Test
    void aMegabyteValueIsRefusedWithItsLengthNotItsText() {
        var refusal = TextArguments.find(
                operation("query q($id: ID!) { survey(id: $id) { id } }"), Map.of("id", "x".repeat(2_000_000)));
        assertEquals("id", refusal.argument());
        assertTrue(
                refusal.message().contains("2000000 characters")
                        && refusal.message().length() < 200,
                refusal.message());
    }

    @Test
    void nulAndLoneSurrogatesAreFoundInNestedVariablesAndInLiterals() {
        OperationDefinition submit = operation("mutation m($r: [ResponseInput!]!) { submitResponses(responses: $r) }");
        var nested = TextArguments.find(
                submit, Map.of("r", List.of(Map.of("respondentId", "ok"), Map.of("respondentId", "a\ud800"))));
        assertEquals("r[1].respondentId", nested.argument());
        var literal = TextArguments.find(operation("{ survey(id: \"a\\u0000b\") { id } }"), Map.of());
        assertEquals("id", literal.argument());
        assertTrue(literal.message().contains("U+0000"), literal.message());
    }

    @Test
    void ordinaryTextAndPairedSurrogatesPass() {
        assertNull(TextArguments.find(
                operation("query q($t: String) { surveys(after: $t) { totalCount } }"),
                Map.of("t", "Grüße 😀 " + "y".repeat(100_000))));
    }
}
