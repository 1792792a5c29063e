package org.psychograph.segmentation.clustering;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * JSON bytes for task results, solutions and stored models, so workers can hand them over through PostgreSQL
 * (jsonb or bytea). All of them are records of arrays and numbers; NaN is written as the string "NaN".
 * The engine keeps its own mapper rather than the application's so that stored results do not change shape
 * when the API's JSON settings do.
 *
 * <p>What is kept beyond one run's work (the run report, the model) is a <em>stored document</em>:
 * {@code {"format": N, "body": ...}}. It is read by every later release: fields it does not know are skipped,
 * fields it lacks are null, a document without the envelope is format 0 (written before formats existed), and a
 * format newer than the reader's is refused with a message that says so. Task results stay strict: they live
 * only for the run, between workers of one build.
 */
public final class ResultCodec {

    private static final ObjectMapper MAPPER =
            new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

    /** Reads stored documents: later releases add fields; a reader must not fail on them. */
    private static final ObjectMapper STORED_READER =
            MAPPER.copy().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private ResultCodec() {}

    /** A stored document of {@code body} in format {@code format}. */
    public static byte[] toStoredJson(int format, Object body) {
        ObjectNode document = MAPPER.createObjectNode();
        document.put("format", format);
        document.set("body", MAPPER.valueToTree(body));
        return toJson(document);
    }

    /**
     * The body of a stored document (see the class comment).
     *
     * @param newest the newest format this release writes, and so the newest it can read
     * @param what   what the document is, for the error ("run report")
     */
    public static <T> T fromStoredJson(byte[] json, Class<T> type, int newest, String what) {
        try {
            JsonNode node = MAPPER.readTree(json);
            // format-0 documents (a report, a model) have neither field; a later envelope may add fields of its own
            boolean enveloped = node.isObject() && node.has("format") && node.has("body");
            int format = enveloped ? node.get("format").asInt() : 0;
            if (format > newest) {
                throw new IllegalStateException("the " + what + " was stored in format " + format + " by a newer "
                        + "release; this one reads formats 0 to " + newest);
            }
            return STORED_READER.treeToValue(enveloped ? node.get("body") : node, type);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read a stored " + what, e);
        }
    }

    public static byte[] toJson(Object value) {
        try {
            return MAPPER.writeValueAsBytes(value);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    public static <T> T fromJson(byte[] json, Class<T> type) {
        try {
            return MAPPER.readValue(json, type);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read a " + type.getSimpleName() + " from JSON", e);
        }
    }
}
