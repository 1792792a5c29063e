package org.psychograph.gateway.client;

import static org.junit.jupiter.api.Assertions.assertEquals;

import graphql.language.Definition;
import graphql.language.DirectiveDefinition;
import graphql.language.Document;
import graphql.parser.Parser;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.UnExecutableSchemaGenerator;
import graphql.validation.Validator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.psychograph.testing.ProjectFiles;

/**
 * Every operation the gateway sends is valid against its service's committed schema (graphql/*.graphql, written
 * by the services' builds): field names, selections, argument names and types (a missing {@code !} is rejected by a
 * real server, never by a stub). Each is checked with every field selected, the most a caller's selection can ask.
 */
class ClientContractTest {

    @Test
    void surveyOperations() throws IOException {
        assertValid(DownstreamService.SURVEY, read("graphql/survey.graphql"));
    }

    @Test
    void segmentationOperations() throws IOException {
        assertValid(DownstreamService.SEGMENTATION, read("graphql/segmentation.graphql"));
    }

    @Test
    void personaOperations() throws IOException {
        assertValid(DownstreamService.PERSONA, read("graphql/persona.graphql"));
    }

    private static void assertValid(DownstreamService service, String sdl) {
        GraphQLSchema schema = schema(sdl);
        List<String> problems = new ArrayList<>();
        for (DownstreamOperation operation : DownstreamOperation.values()) {
            if (operation.service != service) {
                continue;
            }
            String document = operation.document(operation.selects() ? Selection.everything(operation.type) : null);
            new Validator()
                    .validateDocument(schema, Parser.parse(document), Locale.ENGLISH)
                    .forEach(error -> problems.add(operation + ": " + error.getMessage() + "\n    " + document));
        }
        assertEquals(List.of(), problems, "operations " + service + " would reject");
    }

    private static GraphQLSchema schema(String sdl) {
        StringBuilder full = new StringBuilder(sdl);
        for (String scalar : List.of("DateTime", "Date", "BigInteger", "BigDecimal")) {
            if (!Pattern.compile("\\bscalar " + scalar + "\\b").matcher(sdl).find()) {
                full.append("\nscalar ").append(scalar);
            }
        }
        // the printed schemas declare graphql-java's own directives, which it refuses to see declared twice
        Document parsed = Parser.parse(full.toString());
        List<Definition> kept = parsed.getDefinitions().stream()
                .filter(d -> !(d instanceof DirectiveDefinition))
                .map(d -> (Definition) d)
                .toList();
        return UnExecutableSchemaGenerator.makeUnExecutableSchema(new SchemaParser()
                .buildRegistry(Document.newDocument().definitions(kept).build()));
    }

    private static String read(String relative) throws IOException {
        Path file = ProjectFiles.projectRoot().resolve(relative);
        return Files.readString(file);
    }
}
