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
 * point at two concepts equally gets a lower confidence. A question no term matches goes to the
 * {@link SemanticMatcher} (sentence similarity to each pole's words and examples), which answers only when one
 * pole is clearly closest. No match means no concept, never a guess.
 */
public final class MeaningResolver {

    /** Words that negate the clause they are in ("never say no" negates twice, so not at all). */
    private static final Pattern NEGATOR =
            Pattern.compile("\\b(?:not|no|never|nor|without|hardly|neither|nothing|rarely|seldom)\\b");
    /**
     * Where a clause ends: punctuation, or a word that starts another statement ("but", "and", "because"...), so a
     * "not" in the first part does not reach a term in the second.
     */
    private static final Pattern CLAUSE_END =
            Pattern.compile("[,;.:!?]|\\b(?:but|and|or|because|if|when|while|although|though|since|so that)\\b");
    /**
     * What a clause prefers against: a term after "instead of", or after "than" in a clause that prefers ("I would
     * rather stay in the city than go to the countryside"); "more than two hours" is a quantity, not a preference.
     */
    private static final Pattern INSTEAD = Pattern.compile("\\binstead of\\b");
    /** "don't mind", "never mind": two negatives, so what follows is affirmed ("I don't mind paying more"). */
    private static final Pattern NOT_MIND = Pattern.compile("\\b(?:not|never) mind\\b");
    /**
     * The stem of a matrix question as survey tools export it before each row ("To what extent do you agree with
     * the following statements? - I always look for the cheapest option"): the row is what is asked.
     */
    private static final Pattern MATRIX_STEM = Pattern.compile("^.*[?:]\\s+-\\s+");

    private static final Pattern PREFERS = Pattern.compile("\\b(?:rather|prefer\\w*)\\b.*\\bthan\\b");
    private static final double SINGLE = 0.9;
    private static final double AMBIGUOUS = 0.6;

    private final ConceptVocabulary vocabulary;
    private final boolean semantic;
    private volatile SemanticMatcher matcher;
    private final Map<String, Pattern> patterns = new ConcurrentHashMap<>();
    private final Map<String, Optional<QuestionMeaning>> cache = new ConcurrentHashMap<>();

    /** @param semantic whether questions no lexicon term matches are matched by sentence similarity */
    public MeaningResolver(ConceptVocabulary vocabulary, boolean semantic) {
        this.vocabulary = vocabulary;
        this.semantic = semantic;
    }

    /**
     * A lexicon term found in a question; {@code negated}: by "un-", "in-", "dis-" in front of it or by its clause.
     */
    private record Hit(Concept concept, int polarity, int length, String term, boolean negated) {}

    /** The question's meaning from its text (its code's words when it has no text). */
    public Optional<QuestionMeaning> resolve(String text, String code) {
        String source = text == null || text.isBlank()
                ? codeWords(code)
                : MATRIX_STEM.matcher(text).replaceFirst("");
        // not computeIfAbsent: that holds a lock of the map while the sentence model loads or runs, and a reader
        // of another, cached question could wait behind it
        Optional<QuestionMeaning> cached = cache.get(source);
        if (cached != null) {
            return cached;
        }
        Optional<QuestionMeaning> read = fromText(source);
        if (semantic && SentenceEncoder.failed()) {
            return read; // the lexicon's reading alone: not kept, so a later model (after a restart) is not masked
        }
        Optional<QuestionMeaning> raced = cache.putIfAbsent(source, read);
        return raced != null ? raced : read;
    }

    private Optional<QuestionMeaning> fromText(String raw) {
        String text = normalise(raw);
        List<Hit> hits = new ArrayList<>();
        for (Concept c : vocabulary.all()) {
            terms(c, c.highTerms(), +1, text, hits);
            terms(c, c.lowTerms(), -1, text, hits);
        }
        if (hits.isEmpty()) {
            return semantic ? bySimilarity(raw) : Optional.empty();
        }
        Hit best = hits.get(0);
        for (Hit h : hits) {
            if (h.length() > best.length()) {
                best = h;
            }
        }
        Hit chosen = best;
        boolean ambiguous =
                hits.stream().anyMatch(h -> h.concept() != chosen.concept() && h.length() == chosen.length());
        if (semantic && !chosen.negated() && !chosen.term().strip().contains(" ")) {
            // A single word can mislead where the sentence does not: "fast" in "Fast food is a regular part of my
            // week", "friends" in "the first of my friends to get the latest gadget". When sentence similarity
            // clearly reads another concept or the other pole, the question is contested and gets no concept
            // rather than either guess (an analyst can set it). Phrases ("not to exceed my planned budget") are
            // specific enough to stand; negated words ("unhealthy", "I never shop online") keep the lexicon's
            // reading, as the sentence model sees negation poorly.
            Optional<QuestionMeaning> read = bySimilarity(raw);
            if (read.isPresent()
                    && (read.get().concept() != chosen.concept() || read.get().polarity() != chosen.polarity())) {
                return Optional.empty();
            }
        }
        return Optional.of(new QuestionMeaning(
                chosen.concept(),
                chosen.polarity(),
                ambiguous ? AMBIGUOUS : SINGLE,
                chosen.term(),
                MeaningSource.LEXICON));
    }

    private Optional<QuestionMeaning> bySimilarity(String text) {
        if (SentenceEncoder.failed()) {
            return Optional.empty();
        }
        try {
            SemanticMatcher m = matcher;
            if (m == null) {
                synchronized (this) {
                    if (matcher == null) {
                        matcher = new SemanticMatcher(vocabulary);
                    }
                    m = matcher;
                }
            }
            return m.match(text);
        } catch (IllegalStateException e) {
            return Optional.empty(); // the model failed to load (logged once by SentenceEncoder)
        }
    }

    private void terms(Concept c, List<String> terms, int polarity, String text, List<Hit> hits) {
        for (String term : terms) {
            Matcher m = patterns.computeIfAbsent(
                            term, t -> Pattern.compile("\\b(un|in|dis)?(?:" + t + ")", Pattern.CASE_INSENSITIVE))
                    .matcher(text);
            while (m.find()) {
                // "un-", "in-", "dis-" in front of a term that does not itself begin so: the opposite pole
                boolean prefixed = m.group(1) != null && !term.startsWith(m.group(1));
                boolean inNegatedClause = negated(text, m.start());
                int sign = prefixed != inNegatedClause ? -polarity : polarity;
                hits.add(new Hit(c, sign, m.end() - m.start(), m.group(), prefixed || inNegatedClause));
            }
        }
    }

    /**
     * Whether the clause says the opposite of a term: an odd number of negating words before it in its clause
     * ("I am not interested in abstract ideas", "I never say no to a discount" is not negated), or the term on the
     * dispreferred side of a comparison ("rather stay in the city than go to the countryside"). A negation after
     * the term is not counted: in "Paying more does not bother me" it negates the verb, not the term.
     */
    private static boolean negated(String text, int start) {
        int from = 0;
        Matcher b = CLAUSE_END.matcher(text);
        while (b.find() && b.end() <= start) {
            from = b.end();
        }
        String clause = NOT_MIND.matcher(text.substring(from, start)).replaceAll("mind");
        Matcher n = NEGATOR.matcher(clause);
        int negations = 0;
        while (n.find()) {
            negations++;
        }
        boolean dispreferred =
                INSTEAD.matcher(clause).find() || PREFERS.matcher(clause).find();
        return (negations % 2 == 1) != dispreferred;
    }

    /** Lower case, "don't" as "do not" ("can't", "won't" as "can not", "will not"), codes' underscores and camelCase as spaces. */
    static String normalise(String raw) {
        return raw.replaceAll("([a-z])([A-Z])", "$1 $2")
                .replaceAll("[_\\-]+", " ")
                .toLowerCase(Locale.ROOT)
                .replace("’", "'")
                .replaceAll("\\bcan't\\b", "can not")
                .replaceAll("\\bwon't\\b", "will not")
                .replaceAll("n't\\b", " not")
                .replaceAll("\\bcannot\\b", "can not");
    }

    static String codeWords(String code) {
        return code == null ? "" : code.replaceAll("([a-z])([A-Z])", "$1 $2").replaceAll("[_\\-.]+", " ");
    }
}
