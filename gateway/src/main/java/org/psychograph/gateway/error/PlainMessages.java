package org.psychograph.gateway.error;

import java.util.regex.Pattern;

/**
 * Keeps Java out of the messages a caller reads. A service's message is passed on as it is unless it names Java
 * classes or packages (an exception's text that leaked, e.g. {@code java.lang.NumberFormatException: ...} or
 * {@code io.smallrye...}) or is SmallRye GraphQL's bare "System error"; then a plain sentence takes its place, and
 * the original goes to the log only.
 */
public final class PlainMessages {

    /** A qualified name ({@code java.lang.String}, {@code io.smallrye.graphql.api}) or an exception's simple name. */
    private static final Pattern JAVA_NAME =
            Pattern.compile("\\b(?:java|javax|jakarta|io|org|com|sun|jdk|net)\\.[a-z_][\\w$]*"
                    + "|\\b[a-z_][a-z0-9_]*(?:\\.[a-z_][a-z0-9_]*)+\\.[A-Z][\\w$]*"
                    + "|\\b[A-Z][\\w$]*(?:Exception|Error)\\b");

    private PlainMessages() {}

    /** True when the text shows Java names, or says nothing a caller can act on. */
    public static boolean unfit(String message) {
        return message == null
                || message.isBlank()
                || message.strip().equals("System error")
                || JAVA_NAME.matcher(message).find();
    }

    /**
     * The message of a service's error with the given code, fit for the caller: the message itself when it is
     * plain, else a sentence naming the service, the code's meaning and the field if one is known.
     */
    public static String of(String service, String code, String field, String message) {
        if (!unfit(message)) {
            return message;
        }
        String about = field == null ? "" : " (" + field + ")";
        return switch (code == null ? "" : code) {
            case "VALIDATION" -> service + " refused a value" + about + " as not valid";
            case "NOT_FOUND" -> service + " found no such object" + about;
            case "FORBIDDEN", "forbidden" -> service + " refused the caller";
            case "UNAUTHORIZED", "unauthorized" -> service + " did not accept the caller's token";
            case "UNAVAILABLE" -> service + " is unavailable";
            default -> service + " could not answer this request (it failed inside; its log has the details)";
        };
    }
}
