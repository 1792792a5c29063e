package org.psychograph.persona.rules;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * A validated rule pack with its identity: {@code key} is "name@version" and is what generation is
 * idempotent on.
 */
public record RulePack(String name, int version, String workspaceId, RulePackDocument rules, String source) {

    private static final Map<String, Pattern> PATTERNS = new ConcurrentHashMap<>();

    public String key() {
        return name + "@" + version;
    }

    /** Whether the case-insensitive pattern occurs in the question's code or text. */
    public static boolean matches(String pattern, String code, String text) {
        if (pattern == null || pattern.isBlank()) {
            return true;
        }
        Pattern p = PATTERNS.computeIfAbsent(
                pattern, r -> Pattern.compile(r, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
        return (code != null && p.matcher(code).find())
                || (text != null && p.matcher(text).find());
    }
}
