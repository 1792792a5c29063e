package org.psychograph.segmentation.clustering;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * JSON bytes for task results, solutions and stored models, so workers can hand them over through PostgreSQL
 * (jsonb or bytea). All of them are records of arrays and numbers; NaN is written as the string "NaN".
 * The engine keeps its own mapper rather than the application's so that stored results do not change shape
 * when the API's JSON settings do.
 */
public final class ResultCodec {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

    private ResultCodec() {
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
