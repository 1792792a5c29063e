package org.psychograph.segmentation.pipeline;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A question said in a few plain words, for labels a marketer reads: taken from the question's text, never
 * its code ("Detergents_Paper" becomes "detergents and paper", "not_care_about_prices" "not care about prices").
 * persona-service has the same rules (its generation.PlainWords): a label and a persona name must read alike.
 */
final class PlainWords {

    static final int MAX_CHARS = 40;
    private static final Pattern NEGATION =
            Pattern.compile("^(not|never|no|don't|do not|does not|doesn't)\\s+(?:to\\s+)?", Pattern.CASE_INSENSITIVE);
    /** Openings that carry no meaning in a short label: "Is McDonald's ...", "I think that ...", "How often do you". */
    private static final Pattern STEM = Pattern.compile(
            "^(?:(?:is|are|was|were)\\s+\\S+\\s+|(?:do|does|did)\\s+you\\s+"
                    + "|how (?:much|often|important)(?: is| are| do you)?\\s+|to what extent\\s+(?:do you\\s+)?"
                    + "|it is important (?:to|for) me (?:that |to )?|i (?:think|feel|believe) (?:that )?"
                    + "|i see myself as (?:someone|a person) who (?:is |tends to be |tends to )?"
                    + "|i am |i'm |i |my |we |you )+",
            Pattern.CASE_INSENSITIVE);

    private PlainWords() {}

    /** "Is McDonald's yummy?" with code yummy: "yummy"; a code alone (no text): its words, lower case. */
    static String of(String text, String code) {
        List<String> codeWords = codeWords(code);
        String t = text == null ? "" : text.strip().replaceAll("[?!.:;]+$", "").strip();
        if (t.isEmpty()) {
            return shorten(String.join(" ", codeWords));
        }
        String span = spanOfCodeWords(t, codeWords);
        if (span != null) {
            return shorten(span);
        }
        String rest = STEM.matcher(t).replaceFirst("");
        return shorten(lowerFirst(rest.isEmpty() ? t : rest));
    }

    /** The phrase for a segment below average: "not tasty"; "not care about prices" becomes "care about prices". */
    static String below(String phrase) {
        var m = NEGATION.matcher(phrase);
        return m.find() ? phrase.substring(m.end()) : shorten("not " + phrase);
    }

    /** "Detergents_Paper", "visitFrequency", "q12-a": words, lower case. */
    static List<String> codeWords(String code) {
        if (code == null) {
            return List.of();
        }
        String spaced = code.replaceAll("([a-z])([A-Z])", "$1 $2")
                .replaceAll("[_\\-.]+", " ")
                .strip();
        return spaced.isEmpty()
                ? List.of()
                : Arrays.stream(spaced.split("\\s+"))
                        .map(w -> w.toLowerCase(Locale.ROOT))
                        .toList();
    }

    /**
     * When every word of the code appears in the text, the text from the first to the last of them: the
     * question's own words, and as short as its author made the code.
     */
    private static String spanOfCodeWords(String text, List<String> codeWords) {
        // item numbers ("E1_reserved", "q7") are no words of the question
        codeWords = codeWords.stream()
                .filter(w -> !w.matches("[a-z]{0,2}\\d+[a-z]?"))
                .toList();
        if (codeWords.isEmpty()) {
            return null;
        }
        String[] words = text.split("\\s+");
        List<String> plain = Arrays.stream(words)
                .map(w -> w.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}']", ""))
                .toList();
        int first = Integer.MAX_VALUE;
        int last = -1;
        for (String w : codeWords) {
            int at = plain.indexOf(w);
            if (at < 0) {
                return null;
            }
            first = Math.min(first, at);
            last = Math.max(last, at);
        }
        if (last - first + 1 > codeWords.size() + 3) {
            return null;
        }
        String span =
                String.join(" ", Arrays.asList(words).subList(first, last + 1)).replaceAll("[?!.,:;]+$", "");
        return words[first].matches("\\p{Lu}\\p{Ll}.*") && first > 0 ? span : lowerFirst(span);
    }

    /** At most {@link #MAX_CHARS}, cut at a word. */
    static String shorten(String s) {
        String out = s.strip().replaceAll("\\s+", " ");
        if (out.length() <= MAX_CHARS) {
            return out;
        }
        int cut = out.lastIndexOf(' ', MAX_CHARS);
        return (cut > 0 ? out.substring(0, cut) : out.substring(0, MAX_CHARS)).replaceAll("[,;:]$", "");
    }

    private static String lowerFirst(String s) {
        if (s.isEmpty() || s.length() > 1 && Character.isUpperCase(s.charAt(1))) {
            return s;
        }
        return s.substring(0, 1).toLowerCase(Locale.ROOT) + s.substring(1);
    }
}
