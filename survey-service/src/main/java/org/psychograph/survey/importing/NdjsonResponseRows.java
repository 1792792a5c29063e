package org.psychograph.survey.importing;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.psychograph.survey.coding.ResponseCoder;
import org.psychograph.survey.coding.ResponseCoder.Problem;
import org.psychograph.survey.importing.ImportOptions.UnknownColumns;

/** Newline-delimited JSON, one response object per line, each parsed by Jackson. */
final class NdjsonResponseRows implements ResponseRows {

    private static final Set<String> FIELDS = Set.of("respondentId", "answers", "attributes");
    /** Ignored answer keys listed in the report; a file with more distinct ones is malformed anyway. */
    private static final int MAX_IGNORED_LISTED = 1000;

    private final BufferedReader reader;
    private final RecordLength length;
    /** Refuses a key repeated in an object: Jackson otherwise keeps the last value silently. */
    private final ObjectReader json;

    private final ResponseCoder coder;
    private final ImportOptions options;
    private final Consumer<Problem> problems;
    private final Set<String> ignored = new LinkedHashSet<>();
    private long line;
    /** Lines that were not blank. */
    private long objects;

    NdjsonResponseRows(
            RecordLength reader,
            ObjectMapper json,
            ResponseCoder coder,
            ImportOptions options,
            Consumer<Problem> problems) {
        this.length = reader;
        this.reader = new BufferedReader(reader, 1 << 16);
        this.json = json.reader().with(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        this.coder = coder;
        this.options = options;
        this.problems = problems;
    }

    @Override
    public Next next() throws ImportAborted {
        String text;
        try {
            do {
                text = reader.readLine();
                length.nextRecord();
                line++;
            } while (text != null && text.isBlank());
        } catch (IOException e) {
            throw new ImportAborted(StrictUtf8.describe(line, e));
        }
        if (text == null) {
            line--;
            if (objects == 0) {
                throw new ImportAborted(ImportError.of(0, null, null, "the file is empty: expected JSON lines"));
            }
            return null;
        }
        objects++;
        ResponseCoder.Row row = coder.row(line);
        JsonNode node;
        try {
            node = json.readTree(text);
        } catch (JsonProcessingException e) {
            String reason = e.getOriginalMessage().startsWith("Duplicate field")
                    ? "a key appears twice in one object (" + e.getOriginalMessage() + ")"
                    : "not a JSON object: " + plainJsonProblem(e.getOriginalMessage());
            row.fail(problems, new Problem(line, null, null, reason));
            return new Next(null);
        }
        if (node == null || !node.isObject()) {
            row.fail(problems, new Problem(line, null, null, "not a JSON object"));
            return new Next(null);
        }
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!FIELDS.contains(name)) {
                row.fail(problems, new Problem(line, name, null, "unknown field (expected " + FIELDS + ")"));
            }
        }
        JsonNode answers = node.path("answers");
        if (!answers.isObject()) {
            row.fail(problems, new Problem(line, "answers", null, "answers must be an object of code: value"));
            return new Next(null);
        }
        for (var entry : answers.properties()) {
            if (ignore(entry.getKey())) {
                continue;
            }
            JsonNode value = entry.getValue();
            if (value.isArray()) {
                List<String> selected = new ArrayList<>();
                value.forEach(v -> selected.add(v.asText()));
                row.answerSelection(entry.getKey(), selected, problems);
            } else if (value.isObject()) {
                row.fail(
                        problems, new Problem(line, entry.getKey(), value.toString(), "an answer cannot be an object"));
            } else {
                row.answer(entry.getKey(), value.isNull() ? null : value.asText(), problems);
            }
        }
        Map<String, String> attributes = new HashMap<>();
        node.path("attributes")
                .properties()
                .forEach(e -> attributes.put(e.getKey(), e.getValue().asText()));
        JsonNode id = node.get("respondentId");
        return new Next(
                row.finish(id == null || id.isNull() ? null : id.asText(), "respondentId", attributes, problems));
    }

    /** Whether the import options skip this answer key (it is then listed in the report). */
    private boolean ignore(String code) {
        boolean known = coder.questions().position(code) >= 0;
        boolean skip = !options.takes(code) || (!known && options.unknownColumns() == UnknownColumns.IGNORE);
        if (skip && ignored.size() < MAX_IGNORED_LISTED) {
            ignored.add(code);
        }
        return skip;
    }

    @Override
    public long rowNumber() {
        return line;
    }

    @Override
    public List<String> ignoredColumns() {
        return List.copyOf(ignored);
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }

    /**
     * Jackson's parse message without its advice to the programmer ("enable JsonReadFeature..."): an analyst
     * reading the row report needs what is wrong with the line, not how to reconfigure a parser.
     */
    static String plainJsonProblem(String message) {
        String first = message.split("\\R", 2)[0];
        java.util.regex.Matcher token = NON_STANDARD_TOKEN.matcher(first);
        if (token.lookingAt()) {
            return token.group(1) + " is not a JSON value (numbers must be finite; text must be quoted)";
        }
        int advice = first.indexOf(": enable ");
        return (advice >= 0 ? first.substring(0, advice) : first).strip();
    }

    private static final java.util.regex.Pattern NON_STANDARD_TOKEN =
            java.util.regex.Pattern.compile("Non-standard token '([^']*)'");
}
