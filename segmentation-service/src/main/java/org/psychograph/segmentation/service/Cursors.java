package org.psychograph.segmentation.service;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.psychograph.segmentation.error.ValidationException;

/** Opaque Relay cursors: base64 of an internal keyset position. */
public final class Cursors {

    private Cursors() {}

    public static String encode(String position) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(position.getBytes(StandardCharsets.UTF_8));
    }

    public static String decode(String cursor, String field) {
        try {
            return new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new ValidationException(field, "not a cursor returned by this API");
        }
    }

    public static long decodeLong(String cursor, String field) {
        if (cursor == null) {
            return 0L;
        }
        try {
            return Long.parseLong(decode(cursor, field));
        } catch (NumberFormatException e) {
            throw new ValidationException(field, "not a cursor returned by this API");
        }
    }

    /** Checks a page size against the service's limit. */
    public static int pageSize(Integer first, int defaultSize, int max) {
        int size = first == null ? defaultSize : first;
        if (size < 1 || size > max) {
            throw new ValidationException("first", "page size must be between 1 and " + max);
        }
        return size;
    }
}
