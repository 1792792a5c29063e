package org.psychograph.persona.meaning;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolves a question to a concept and pole from its text, with a lexicon that handles negation: "I do not care
 * about prices" is price-sensitivity's low pole, "not to exceed my planned budget" its high pole (a negated
 * low-pole term), "unhealthy" the low pole of health. The longest matching term wins; a question whose terms
 * point at two concepts equally gets a lower confidence. No match means no concept, never a guess.
 */
public final class MeaningResolver {

    /** Words that negate a term when they come at most {@link #NEGATION_WINDOW} words before it. */
    private static final Pattern NEGATOR = Pattern.compile("not|no|never|nor|without|hardly|neither|nothing");
    private static final int NEGATION_WINDOW = 3;
    private static final double SINGLE = 0.9;
    private static final double AMBIGUOUS = 0.6;

    private final ConceptVocabulary vocabulary;
    private final Map<String, Pattern> patterns = new ConcurrentHashMap<>();
    private final Map<String, Optional<QuestionMeaning>> cache = new ConcurrentHashMap<>();

    public MeaningResolver(ConceptVocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    private record Hit(Concept concept, int polarity, int length, String term) {
    }

    /** The question's meaning from its text (its code's words when it has no text). */
    public Optional<QuestionMeaning> resolve(String text, String code) {
        String source = text == null || text.isBlank() ? codeWords(code) : text;
        return cache.computeIfAbsent(source, this::fromText);
    }

    private Optional<QuestionMeaning> fromText(String raw) {
        String text = normalise(raw);
        List<Hit> hits = new ArrayList<>();
        for (Concept c : vocabulary.all()) {
            terms(c, c.highTerms(), +1, text, hits);
            terms(c, c.lowTerms(), -1, text, hits);
        }
        if (hits.isEmpty()) {
            return Optional.empty();
        }
        Hit best = hits.get(0);
        for (Hit h : hits) {
            if (h.length() > best.length()) {
                best = h;
            }
        }
        Hit chosen = best;
        boolean ambiguous = hits.stream().anyMatch(h -> h.concept() != chosen.concept() && h.length() == chosen.length());
        return Optional.of(new QuestionMeaning(chosen.concept(), chosen.polarity(), ambiguous ? AMBIGUOUS : SINGLE,
                chosen.term(), "lexicon"));
    }

    private void terms(Concept c, List<String> terms, int polarity, String text, List<Hit> hits) {
        for (String term : terms) {
            Matcher m = patterns.computeIfAbsent(term,
                    t -> Pattern.compile("\\b(un|in|dis)?(?:" + t + ")", Pattern.CASE_INSENSITIVE)).matcher(text);
            while (m.find()) {
                // "un-", "in-", "dis-" in front of a term that does not itself begin so: the opposite pole
                int sign = m.group(1) != null && !term.startsWith(m.group(1)) ? -polarity : polarity;
                if (negated(text, m.start())) {
                    sign = -sign;
                }
                hits.add(new Hit(c, sign, m.end() - m.start(), m.group()));
            }
        }
    }

    private static boolean negated(String text, int start) {
        String[] before = text.substring(0, start).strip().split("[\\s]+");
        for (int i = before.length - 1; i >= Math.max(0, before.length - NEGATION_WINDOW); i--) {
            String w = before[i];
            if (w.matches(".*[,;.:!?]$") && i < before.length - 1) {
                return false;
            }
            if (NEGATOR.matcher(w.replaceAll("[^a-z]", "")).matches()) {
                return true;
            }
        }
        return false;
    }

    /** Lower case, "don't" as "do not", codes' underscores and camelCase as spaces. */
    static String normalise(String raw) {
        return raw.replaceAll("([a-z])([A-Z])", "$1 $2").replaceAll("[_\\-]+", " ").toLowerCase(Locale.ROOT)
                .replace("’", "'").replaceAll("n't\\b", " not").replaceAll("\\bcannot\\b", "can not");
    }

    static String codeWords(String code) {
        return code == null ? "" : code.replaceAll("([a-z])([A-Z])", "$1 $2").replaceAll("[_\\-.]+", " ");
    }
}
