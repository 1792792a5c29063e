package org.psychograph.survey.coding;

/**
 * Text the database can store as it was given. PostgreSQL refuses U+0000 in text and jsonb (the statement fails,
 * and with it the whole request), and a lone UTF-16 surrogate has no UTF-8 form (the driver writes "?" instead):
 * both are refused up front with a reason, so the caller learns which value was wrong.
 */
public final class StoredText {

    private StoredText() {}

    /** Why this text cannot be stored, or null when it can (null text included). */
    public static String problem(String text) {
        if (text == null) {
            return null;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\0') {
                return "contains U+0000 (NUL), which cannot be stored";
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return "contains a lone UTF-16 surrogate (U+"
                        + Integer.toHexString(c).toUpperCase(java.util.Locale.ROOT) + "), which is not a character";
            }
        }
        return null;
    }
}
