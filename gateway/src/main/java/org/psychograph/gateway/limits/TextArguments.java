package org.psychograph.gateway.limits;

import graphql.language.Argument;
import graphql.language.ArrayValue;
import graphql.language.Field;
import graphql.language.Node;
import graphql.language.ObjectField;
import graphql.language.ObjectValue;
import graphql.language.OperationDefinition;
import graphql.language.StringValue;
import graphql.language.Value;
import java.util.List;
import java.util.Map;

/**
 * Finds a text argument no service can store or should echo: one holding U+0000 (PostgreSQL refuses it), a lone
 * UTF-16 surrogate (it cannot be encoded, and the gateway's client would send it on as "?", silently changing the
 * value), or longer than the longest text any operation takes (a megabyte id would otherwise be echoed back in
 * its NOT_FOUND answer and tie up the event loops that write it). Checked here, once, before any service is called,
 * in the variables and in the literals of the document (fragments' arguments are literals of the same document).
 */
final class TextArguments {

    /** The longest text any operation takes: a rule pack's YAML (persona-service's limit); ids are far shorter. */
    static final int MAX_LENGTH = 200_000;

    /** An argument path (e.g. {@code input.title}) and what is wrong with its value. */
    record Refusal(String argument, String problem) {

        String message() {
            return argument + " " + problem;
        }
    }

    private TextArguments() {}

    /** The first refused text of the operation, or null. */
    static Refusal find(OperationDefinition operation, Map<String, Object> variables) {
        for (Map.Entry<String, Object> variable : variables.entrySet()) {
            Refusal found = inVariable(variable.getKey(), variable.getValue());
            if (found != null) {
                return found;
            }
        }
        return inLiterals(operation);
    }

    private static Refusal inVariable(String path, Object value) {
        if (value instanceof String text) {
            return check(path, text);
        }
        if (value instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                Refusal found = inVariable(path + "." + entry.getKey(), entry.getValue());
                if (found != null) {
                    return found;
                }
            }
        } else if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                Refusal found = inVariable(path + "[" + i + "]", list.get(i));
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /** Every string literal under a field argument, named by the argument it belongs to. */
    private static Refusal inLiterals(Node<?> node) {
        if (node instanceof Field field) {
            for (Argument argument : field.getArguments()) {
                Refusal found = inValue(argument.getName(), argument.getValue());
                if (found != null) {
                    return found;
                }
            }
        }
        for (Node<?> child : node.getChildren()) {
            Refusal found = inLiterals(child);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private static Refusal inValue(String path, Value<?> value) {
        if (value instanceof StringValue text) {
            return check(path, text.getValue());
        }
        if (value instanceof ObjectValue object) {
            for (ObjectField field : object.getObjectFields()) {
                Refusal found = inValue(path + "." + field.getName(), field.getValue());
                if (found != null) {
                    return found;
                }
            }
        } else if (value instanceof ArrayValue array) {
            for (int i = 0; i < array.getValues().size(); i++) {
                Refusal found = inValue(path + "[" + i + "]", array.getValues().get(i));
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    static Refusal check(String path, String text) {
        if (text.length() > MAX_LENGTH) {
            return new Refusal(path, "has " + text.length() + " characters; text arguments take at most " + MAX_LENGTH);
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u0000') {
                return new Refusal(path, "contains U+0000 (NUL) at position " + i + ", which cannot be stored");
            }
            if (Character.isHighSurrogate(c)
                            && (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1)))
                    || Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(text.charAt(i - 1)))) {
                return new Refusal(
                        path,
                        "contains a lone UTF-16 surrogate at position " + i
                                + " (not a character; the text was probably cut or mis-encoded)");
            }
        }
        return null;
    }
}
