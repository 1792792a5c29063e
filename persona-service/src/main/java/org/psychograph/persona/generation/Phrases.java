package org.psychograph.persona.generation;

import java.util.Locale;
import java.util.Map;

/** Fills a rule pack's phrase templates. */
final class Phrases {

    private Phrases() {}

    static String fill(String template, Map<String, String> values) {
        String out = template;
        for (Map.Entry<String, String> e : values.entrySet()) {
            out = out.replace("{" + e.getKey() + "}", e.getValue() == null ? "" : e.getValue());
        }
        return out.strip();
    }

    /** Shares (0..1 on both sides) read best as percentages; anything else as a one-decimal number. */
    static String value(double v, boolean share) {
        if (share) {
            return Math.round(v * 100) + "%";
        }
        return String.format(Locale.ROOT, "%.1f", v);
    }

    static boolean looksLikeShare(double a, double b) {
        return a >= 0 && a <= 1 && b >= 0 && b <= 1;
    }

    /** "McDonald's is yummy" stays as it is; a question without text is said in its code's words, never the code. */
    static String question(String text, String code) {
        return text == null || text.isBlank() ? PlainWords.of(null, code) : text.strip();
    }
}
