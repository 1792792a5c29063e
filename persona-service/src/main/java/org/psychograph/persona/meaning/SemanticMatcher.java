package org.psychograph.persona.meaning;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The meaning of a question that no lexicon term matches, by sentence similarity: the question's embedding is
 * compared with each pole's anchors (its words and its example statements). A pole is taken only when it is
 * close ({@link #MIN_SIMILARITY}), clearly closer than any other concept ({@link #CONCEPT_MARGIN}) and than its
 * own opposite pole ({@link #POLE_MARGIN}); otherwise the question has no concept: a low-confidence match is not a
 * guess worth printing on a persona. The thresholds were set on the calibration set in
 * {@code SemanticMatcherTest} (docs/personas.md).
 */
final class SemanticMatcher {

    static final double MIN_SIMILARITY = 0.45;
    static final double CONCEPT_MARGIN = 0.05;
    static final double POLE_MARGIN = 0.06;

    /** Negating words taken out before embedding; "rarely" and "seldom" negate frequency statements. */
    private static final Pattern NEGATION =
            Pattern.compile("\\b(?:(?:do|does|did) not|not|never|rarely|seldom|hardly)\\b");

    private record Anchor(Concept concept, boolean high, String text, float[] vector) {}

    /** A text without its negating words, and whether it was negated (an odd number of them). */
    record Affirmed(String text, boolean negated) {

        static Affirmed of(String raw) {
            String text = MeaningResolver.normalise(raw);
            var m = NEGATION.matcher(text);
            int count = 0;
            while (m.find()) {
                count++;
            }
            String affirmed = NEGATION.matcher(text)
                    .replaceAll(" ")
                    .replaceAll("\\s+", " ")
                    .trim();
            return new Affirmed(affirmed, count % 2 == 1);
        }
    }

    private final List<Anchor> anchors;

    SemanticMatcher(ConceptVocabulary vocabulary) {
        List<Anchor> list = new ArrayList<>();
        for (Concept c : vocabulary.all()) {
            anchors(c, true, list);
            anchors(c, false, list);
        }
        this.anchors = List.copyOf(list);
    }

    private static void anchors(Concept c, boolean high, List<Anchor> into) {
        Concept.Pole pole = c.pole(high);
        into.add(anchor(c, high, pole.words()));
        for (String example : pole.examples()) {
            into.add(anchor(c, high, example));
        }
    }

    /** An anchor stands for the pole its affirmed text means: "does not care about price" anchors the low pole. */
    private static Anchor anchor(Concept c, boolean high, String text) {
        Affirmed affirmed = Affirmed.of(text);
        return new Anchor(c, high != affirmed.negated(), text, SentenceEncoder.embed(affirmed.text()));
    }

    /** The closest anchors of a text, for calibration: "concept:pole similarity anchor", best first. */
    List<String> closest(String text, int n) {
        float[] question = SentenceEncoder.embed(Affirmed.of(text).text());
        return anchors.stream()
                .sorted(java.util.Comparator.comparingDouble(
                        (Anchor a) -> -SentenceEncoder.similarity(question, a.vector())))
                .limit(n)
                .map(a -> String.format(
                        Locale.ROOT,
                        "%s:%s %.2f \"%s\"",
                        a.concept().id(),
                        a.high() ? "HIGH" : "LOW",
                        SentenceEncoder.similarity(question, a.vector()),
                        a.text()))
                .toList();
    }

    Optional<QuestionMeaning> match(String text) {
        Affirmed affirmed = Affirmed.of(text);
        float[] question = SentenceEncoder.embed(affirmed.text());
        Anchor best = null;
        double bestSimilarity = -1;
        double[] similarity = new double[anchors.size()];
        for (int i = 0; i < anchors.size(); i++) {
            similarity[i] = SentenceEncoder.similarity(question, anchors.get(i).vector());
            if (similarity[i] > bestSimilarity) {
                bestSimilarity = similarity[i];
                best = anchors.get(i);
            }
        }
        if (best == null || bestSimilarity < MIN_SIMILARITY) {
            return Optional.empty();
        }
        double otherConcept = -1;
        double oppositePole = -1;
        for (int i = 0; i < anchors.size(); i++) {
            Anchor a = anchors.get(i);
            if (a.concept() != best.concept()) {
                otherConcept = Math.max(otherConcept, similarity[i]);
            } else if (a.high() != best.high()) {
                oppositePole = Math.max(oppositePole, similarity[i]);
            }
        }
        if (bestSimilarity - otherConcept < CONCEPT_MARGIN || bestSimilarity - oppositePole < POLE_MARGIN) {
            return Optional.empty();
        }
        double confidence = Math.round(bestSimilarity * 100) / 100.0;
        boolean high = best.high() != affirmed.negated();
        return Optional.of(
                new QuestionMeaning(best.concept(), high ? 1 : -1, confidence, best.text(), MeaningSource.SIMILARITY));
    }
}
