package org.psychograph.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Personas that are right on any survey (issue 13), checked through the real suite: each study is created,
 * imported, segmented (k 3..5) and given personas by the RunSucceeded event, then everything a marketer reads is
 * checked against the study's own numbers:
 * <ul>
 * <li>no question code in a segment label, persona name, tagline or statement (codes are what the survey's authors
 * typed: underscores, item numbers, camelCase);</li>
 * <li>no persona named "Not ..."; no "not not"; names and labels at most 40 characters; names distinct in a run;</li>
 * <li>no statement resting on profile means without a significant one among them (what the contradiction guard
 * keeps out);</li>
 * <li>an archetype for at least 80% of the segments that have significant markers;</li>
 * <li>at least four filled sections for a persona whose segment has significant markers, and a reason for every
 * core section left empty.</li>
 * </ul>
 * A table per study (segments, archetypes, filled sections) goes to {@code target/persona-quality.md} and
 * {@code docs/personas.md}.
 */
class PersonaQualityTest {

    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}_$]+");
    private static final List<String> SECTIONS = List.of(
            "attitudes",
            "goals",
            "motivations",
            "painPoints",
            "buyingBehaviour",
            "channels",
            "interests",
            "lifestyle",
            "personality",
            "values",
            "identity",
            "b2bRole");

    static LocalStack stack;
    static SuiteClient alice;
    static String gateway;
    static Path work;
    static final List<String> report = new ArrayList<>();

    @BeforeAll
    static void startTheSuite() throws Exception {
        Path state = Files.createTempDirectory("psychograph-quality-");
        work = Files.createDirectories(state.resolve("studies"));
        stack = new LocalStack(
                StackLayout.forProject().withStateDir(state),
                LocalStack.Ports.shifted(250),
                message -> System.out.println("[quality] " + message));
        stack.start(false);
        gateway = stack.graphqlUrl(SuiteService.GATEWAY);
        alice = new SuiteClient(SuiteClient.passwordToken(stack.keycloak().tokenEndpoint(), "alice", "alice"));
        report.add("| study | k | segments with significant markers | with an archetype | filled sections "
                + "(min-max) | statements dropped by the guard | time to personas |");
        report.add("|---|---|---|---|---|---|---|");
    }

    @AfterAll
    static void stopTheSuite() throws IOException {
        if (stack != null) {
            stack.close();
        }
        Path out = Path.of("target", "persona-quality.md");
        Files.createDirectories(out.getParent());
        Files.write(out, report);
        report.forEach(line -> System.out.println("[quality] " + line));
    }

    static Stream<QualityStudies.Study> studies() throws IOException {
        Path dir = work != null ? work : Files.createTempDirectory("psychograph-quality-studies-");
        return QualityStudies.all(StackLayout.forProject(), dir).stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("studies")
    void personasSayWhatTheirNumbersSay(QualityStudies.Study study) throws Exception {
        String surveyId = ok("createSurvey", Map.of("input", Map.of("title", "quality: " + study.name())))
                .at("/createSurvey/id")
                .asText();
        ok("addQuestions", Map.of("surveyId", surveyId, "questions", study.questions()));
        ok("openSurvey", Map.of("id", surveyId));
        var imported = alice.postFile(
                stack.baseUrl(SuiteService.GATEWAY) + "/surveys/" + surveyId + "/imports"
                        + (study.importQuery().isEmpty() ? "" : "?" + study.importQuery()),
                "text/csv",
                study.file());
        assertEquals(200, imported.getKey(), study.name() + ": " + imported.getValue());

        Map<String, Object> input = new HashMap<>(Map.of(
                "surveyId", surveyId, "kMin", 3, "kMax", 5, "restarts", 5, "bootstrapReplicates", 10, "seed", "13"));
        input.putAll(study.segmentation());
        long started = System.nanoTime();
        String runId = ok("startSegmentation", Map.of("input", input))
                .at("/startSegmentation/id")
                .asText();
        JsonNode run = awaitPersonas(runId, Duration.ofMinutes(4));
        long millis = (System.nanoTime() - started) / 1_000_000;

        Set<String> codes = codeShaped(study.questions());
        List<String> problems = new ArrayList<>();
        Set<String> names = new HashSet<>();
        int withMarkers = 0;
        int withArchetype = 0;
        List<String> withoutArchetype = new ArrayList<>();
        int fewestSections = Integer.MAX_VALUE;
        int mostSections = 0;
        int dropped = 0;
        for (JsonNode segment : run.get("segments")) {
            JsonNode persona = segment.get("persona");
            String label = segment.get("label").asText();
            String name = persona.get("name").asText();
            checkText("segment label", label, codes, problems);
            checkText("persona name", name, codes, problems);
            if (label.length() > 40) {
                problems.add("segment label longer than 40 characters: " + label);
            }
            if (name.length() > 40) {
                problems.add("persona name longer than 40 characters: " + name);
            }
            if (name.toLowerCase(Locale.ROOT).startsWith("not ")) {
                problems.add("a persona named by a negation: " + name);
            }
            if (!names.add(name)) {
                problems.add("two personas named " + name);
            }
            boolean markers = false;
            StringJoiner marked = new StringJoiner(", ");
            for (JsonNode entry : segment.get("profile")) {
                boolean marker = !entry.get("pValue").isNull()
                        && entry.get("pValue").asDouble() < 0.05
                        && Math.abs(entry.get("standardisedDifference").asDouble()) >= 0.3;
                markers |= marker;
                if (marker) {
                    marked.add(String.format(
                            Locale.ROOT,
                            "%s %+.2f",
                            entry.get("questionCode").asText(),
                            entry.get("standardisedDifference").asDouble()));
                }
            }
            if (markers) {
                withMarkers++;
                if (persona.get("archetypes").size() > 0) {
                    withArchetype++;
                } else {
                    withoutArchetype.add(name + " (" + marked + ")");
                }
            }
            Set<String> explained = new HashSet<>();
            persona.get("emptySections")
                    .forEach(e -> explained.add(e.get("section").asText()));
            for (JsonNode note : persona.get("generationNotes")) {
                dropped += note.asText().startsWith("Dropped from") ? 1 : 0;
            }
            int filled = 0;
            JsonNode messaging = persona.get("messaging");
            for (String section : SECTIONS) {
                JsonNode statements = persona.get(section);
                boolean isFilled = statements != null && statements.size() > 0;
                filled += isFilled ? 1 : 0;
                checkStatements(name + "'s " + section, statements, codes, problems);
                if (!isFilled && !section.equals("b2bRole") && !explained.contains(section)) {
                    problems.add(name + "'s " + section + " is empty and the persona does not say why");
                }
            }
            filled += messaging.get("keyMessages").size() > 0 ? 1 : 0;
            if (messaging.get("keyMessages").isEmpty() && !explained.contains("keyMessages")) {
                problems.add(name + "'s key messages are empty and the persona does not say why");
            }
            if (markers && filled < 4) {
                problems.add(name + " (" + marked + ") fills " + filled + " sections (at least 4); empty: "
                        + persona.get("emptySections"));
            }
            checkStatements(name + "'s key messages", messaging.get("keyMessages"), codes, problems);
            checkStatements(name + "'s messages to avoid", messaging.get("avoid"), codes, problems);
            for (String single : List.of("tagline", "summary")) {
                if (!persona.get(single).isNull()) {
                    checkStatements(name + "'s " + single, List.of(persona.get(single)), codes, problems);
                }
            }
            if (!messaging.get("tone").isNull()) {
                checkStatements(name + "'s tone", List.of(messaging.get("tone")), codes, problems);
            }
            fewestSections = Math.min(fewestSections, filled);
            mostSections = Math.max(mostSections, filled);
        }
        int k = run.get("chosenK").asInt();
        report.add("| " + study.name() + " | " + k + " | " + withMarkers + " | " + withArchetype + " | "
                + fewestSections + "-" + mostSections + " | " + dropped + " | "
                + String.format(Locale.ROOT, "%.1f s", millis / 1000.0)
                + " |");

        assertEquals(List.of(), problems, study.name() + ": what a marketer would read wrong");
        assertTrue(
                withArchetype >= Math.ceil(0.8 * withMarkers),
                study.name() + ": an archetype for "
                        + withArchetype + " of the " + withMarkers
                        + " segments with significant markers (at least 80%); "
                        + "none for " + withoutArchetype);
    }

    /** Waits for the run to succeed and every segment to have its persona (made by the RunSucceeded event). */
    private static JsonNode awaitPersonas(String runId, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        JsonNode run = null;
        while (System.nanoTime() < deadline) {
            run = alice.graphql(gateway, load("studyRun"), Map.of("id", runId)).get("run");
            String status = run.get("status").asText();
            if ("FAILED".equals(status) || "CANCELLED".equals(status)) {
                throw new AssertionError("run " + runId + " ended " + status + ": " + run.get("error"));
            }
            boolean all = "SUCCEEDED".equals(status) && run.get("segments").size() > 0;
            for (JsonNode segment : run.get("segments")) {
                all &= !segment.get("persona").isNull();
            }
            if (all) {
                return run;
            }
            Thread.sleep(1000);
        }
        throw new AssertionError("no personas for every segment of run " + runId + " after " + timeout + ": " + run);
    }

    private static void checkStatements(
            String where, Iterable<JsonNode> statements, Set<String> codes, List<String> problems) {
        if (statements == null) {
            return;
        }
        for (JsonNode statement : statements) {
            String text = statement.get("text").asText();
            checkText(where, text, codes, problems);
            String key = statement.path("key").asText("");
            JsonNode evidence = statement.get("evidence");
            boolean allProfile = evidence.size() > 0;
            boolean anySignificant = false;
            for (JsonNode e : evidence) {
                allProfile &= "PROFILE_MEAN".equals(e.get("kind").asText());
                anySignificant |= e.get("significant").asBoolean();
            }
            // statements saying a segment is close to average rest on non-significant differences by design
            if (allProfile && !anySignificant && !key.startsWith("average")) {
                problems.add(where + ": \"" + text + "\" rests on profile differences none of which is significant");
            }
        }
    }

    /** A question code in the text (as a word), an underscore word, or a double negation. */
    private static void checkText(String where, String text, Set<String> codes, List<String> problems) {
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            String token = m.group();
            if (token.contains("_") || codes.contains(token.toLowerCase(Locale.ROOT))) {
                problems.add(where + " shows a code (" + token + "): " + text);
            }
        }
        if (text.toLowerCase(Locale.ROOT).matches(".*\\bnot not\\b.*")) {
            problems.add(where + " has a double negation: " + text);
        }
    }

    /**
     * The survey's codes that are not plain words (underscores, digits, inner capitals): plain-word codes such as
     * McDonald's "yummy" may rightly appear in a sentence.
     */
    private static Set<String> codeShaped(List<Map<String, Object>> questions) {
        Set<String> codes = new HashSet<>();
        for (Map<String, Object> q : questions) {
            String code = (String) q.get("code");
            if (code.matches(".*[_\\d].*") || code.matches(".*[a-z][A-Z].*")) {
                codes.add(code.toLowerCase(Locale.ROOT));
            }
        }
        return codes;
    }

    private static JsonNode ok(String operation, Map<String, Object> variables) throws Exception {
        return alice.graphql(gateway, load(operation), variables);
    }

    static String load(String name) {
        String path = name.equals("studyRun") ? "/quality/studyRun.graphql" : "/e2e/" + name + ".graphql";
        try (InputStream in = PersonaQualityTest.class.getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
