package org.psychograph.survey.service;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.psychograph.survey.coding.StoredText;
import org.psychograph.survey.error.ValidationException;

/** Opaque Relay cursors: base64 of an internal keyset position. */
public final class Cursors {

    /** Longer than any position this API writes into a cursor (respondent ids have at most 200 characters). */
    private static final int MAX_CURSOR_LENGTH = 1000;

    private Cursors() {}

    public static String encode(String position) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(position.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The position in a cursor. Anything this API cannot have written (not base64, not UTF-8, empty, or holding
     * text the database cannot compare, such as U+0000) is refused here: passed on, it failed the query instead.
     */
    public static String decode(String cursor, String field) {
        if (cursor.length() > MAX_CURSOR_LENGTH) {
            throw notACursor(field);
        }
        String position;
        try {
            position = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(Base64.getUrlDecoder().decode(cursor)))
                    .toString();
        } catch (IllegalArgumentException | CharacterCodingException e) {
            throw notACursor(field);
        }
        if (position.isEmpty() || StoredText.problem(position) != null) {
            throw notACursor(field);
        }
        return position;
    }

    private static ValidationException notACursor(String field) {
        return new ValidationException(field, "not a cursor returned by this API");
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
