package org.psychograph.gateway.client;

import static org.junit.jupiter.api.Assertions.assertEquals;

import graphql.language.Definition;
import graphql.language.DirectiveDefinition;
import graphql.language.Document;
import graphql.parser.Parser;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.UnExecutableSchemaGenerator;
import graphql.validation.ValidationError;
import graphql.validation.Validator;
import io.smallrye.graphql.client.impl.typesafe.QueryBuilder;
import io.smallrye.graphql.client.impl.typesafe.reflection.MethodInvocation;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.psychograph.testing.ProjectFiles;

/**
 * Every operation the typed clients send is valid against the service's committed schema: field names,
 * selections, argument names and types (a missing {@code @NonNull} is rejected by a real server, never by
 * a stub). Operations the services do not serve yet are declared below, exactly as the gateway needs them.
 */
class ClientContractTest {

    @Test
    void surveyClient() throws IOException {
        assertValid(SurveyClient.class, read("graphql/survey.graphql"));
    }

    @Test
    void segmentationClient() throws IOException {
        if (Files.exists(ProjectFiles.projectRoot().resolve("graphql/segmentation.graphql"))) {
            assertValid(SegmentationClient.class, read("graphql/segmentation.graphql"));
            return;
        }
        // until the service's SDL is committed: its contract, which refers to the types persona-service reads
        String forPersonas = read("docs/contracts/segmentation-for-personas.graphql");
        String shared = Pattern.compile("(?s)type (ProfileEntry|DescriptorBreakdown|CategoryShare) \\{.*?\\n\\}")
                .matcher(forPersonas).results().map(m -> m.group()).collect(Collectors.joining("\n"));
        assertValid(SegmentationClient.class, read("docs/contracts/segmentation.graphql") + "\n" + shared
                + "\ntype PageInfo { hasNextPage: Boolean!  endCursor: String }\n");
    }

    @Test
    void personaClient() throws IOException {
        assertValid(PersonaClient.class, read("graphql/persona.graphql"));
    }

    /**
     * The reads sent with the caller's selection: with every field selected (the most they can ask), each is
     * valid against its service's schema, so no selection of the gateway's own schema can ask for more.
     */
    @Test
    void selectiveReads() throws IOException {
        Map<String, GraphQLSchema> schemas = Map.of("survey", schema(read("graphql/survey.graphql")),
                "segmentation", schema(read("graphql/segmentation.graphql")),
                "persona", schema(read("graphql/persona.graphql")));
        List<String> problems = new ArrayList<>();
        for (SelectiveRead read : SelectiveRead.values()) {
            String document = read.document(Selection.everything(read.type));
            new Validator().validateDocument(schemas.get(read.clientKey), Parser.parse(document), Locale.ENGLISH)
                    .forEach(error -> problems.add(read + ": " + error.getMessage() + "\n    " + document));
        }
        assertEquals(List.of(), problems, "selective reads the services would reject");
    }

    private static void assertValid(Class<?> client, String sdl) {
        GraphQLSchema schema = schema(sdl);
        List<String> problems = new ArrayList<>();
        for (Method method : client.getDeclaredMethods()) {
            String document = new QueryBuilder(MethodInvocation.of(method, new Object[method.getParameterCount()])).build();
            List<ValidationError> errors = new Validator().validateDocument(schema, Parser.parse(document), Locale.ENGLISH);
            errors.forEach(error -> problems.add(method.getName() + ": " + error.getMessage() + "\n    " + document));
        }
        assertEquals(List.of(), problems, client.getSimpleName() + " sends operations its service would reject");
    }

    private static GraphQLSchema schema(String sdl) {
        StringBuilder full = new StringBuilder(sdl);
        for (String scalar : List.of("DateTime", "BigInteger", "BigDecimal")) {
            if (!Pattern.compile("\\bscalar " + scalar + "\\b").matcher(sdl).find()) {
                full.append("\nscalar ").append(scalar);
            }
        }
        // the printed schemas declare graphql-java's own directives, which it refuses to see declared twice
        Document parsed = Parser.parse(full.toString());
        List<Definition> kept = parsed.getDefinitions().stream().filter(d -> !(d instanceof DirectiveDefinition))
                .map(d -> (Definition) d).toList();
        return UnExecutableSchemaGenerator.makeUnExecutableSchema(
                new SchemaParser().buildRegistry(Document.newDocument().definitions(kept).build()));
    }

    private static String read(String relative) throws IOException {
        Path file = ProjectFiles.projectRoot().resolve(relative);
        return Files.readString(file);
    }

}
