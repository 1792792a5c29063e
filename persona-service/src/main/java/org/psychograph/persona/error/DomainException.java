package org.psychograph.persona.error;

/**
 * Base of the errors a caller may see. Each subclass carries its own {@code @ErrorCode} (the annotation
 * is not inherited), which SmallRye GraphQL puts in {@code extensions.code}.
 */
public abstract class DomainException extends RuntimeException {

    private final String field;

    protected DomainException(String message, String field) {
        super(bounded(message));
        this.field = field;
    }

    /** The input field (path) the error is about, or null. */
    public String field() {
        return field;
    }

    /** The stable code that also goes to REST callers. */
    public abstract String code();

    /** The longest message a caller gets: a value the caller sent (a megabyte "id") is never echoed back whole. */
    static final int MAX_MESSAGE = 1_000;

    private static String bounded(String message) {
        if (message == null || message.length() <= MAX_MESSAGE) {
            return message;
        }
        int cut = Character.isHighSurrogate(message.charAt(MAX_MESSAGE - 1)) ? MAX_MESSAGE - 1 : MAX_MESSAGE;
        return message.substring(0, cut) + "... (" + (message.length() - cut) + " more characters)";
    }
}
