package org.psychograph.persona.generation;

import java.util.Map;
import java.util.Optional;
import org.psychograph.persona.client.ProfileEntry;
import org.psychograph.persona.client.Run;
import org.psychograph.persona.client.Segment;
import org.psychograph.persona.meaning.ConceptVocabulary;
import org.psychograph.persona.meaning.MeaningResolver;
import org.psychograph.persona.meaning.MeaningSource;
import org.psychograph.persona.meaning.QuestionMeaning;
import org.psychograph.persona.meaning.SentenceEncoder;
import org.psychograph.persona.rules.Direction;
import org.psychograph.persona.rules.RulePackDocument;

/**
 * The meaning of a run's questions, in order of precedence: an analyst's correction, the rule pack's explicit
 * binding, then the reading of the question's text (lexicon, then sentence similarity).
 */
public final class Meanings {

    /** Resolutions are cached by question text, so a survey's questions are resolved once per service. */
    private static final MeaningResolver RESOLVER = new MeaningResolver(ConceptVocabulary.defaults(), true);

    /** A question's meaning (empty: no concept) and who decided it. */
    public record Reading(Optional<QuestionMeaning> meaning, MeaningSource source) {}

    private final RulePackDocument rules;
    private final Map<String, MeaningOverride> corrections;

    public Meanings(RulePackDocument rules, Map<String, MeaningOverride> corrections) {
        this.rules = rules;
        this.corrections = Map.copyOf(corrections);
    }

    Meanings(RulePackDocument rules) {
        this(rules, Map.of());
    }

    /**
     * Starts loading the sentence model in the background after {@code delay}, so the first generation does not
     * wait for it (one that comes earlier starts the load itself).
     */
    public static void preload(java.time.Duration delay) {
        SentenceEncoder.preload(delay);
    }

    /**
     * Reads every question of the run now, into the resolver's cache. The sentence model takes a few
     * milliseconds a question (and up to seconds while it loads): call this off the event loop, before the
     * generator, which is then pure and fast.
     */
    public static void warm(Run run) {
        for (Segment s : run.segments()) {
            for (ProfileEntry p : s.profile()) {
                RESOLVER.resolve(p.questionText(), p.questionCode());
            }
        }
    }

    Optional<QuestionMeaning> of(ProfileEntry p) {
        return of(p.questionCode(), p.questionText());
    }

    Optional<QuestionMeaning> of(String code, String text) {
        return read(code, text).meaning();
    }

    public Reading read(String code, String text) {
        MeaningOverride corrected = corrections.get(code);
        if (corrected != null) {
            if (corrected.concept() == null) {
                return new Reading(Optional.empty(), MeaningSource.ANALYST);
            }
            return new Reading(
                    meaning(corrected.concept(), corrected.pole(), code, MeaningSource.ANALYST), MeaningSource.ANALYST);
        }
        RulePackDocument.MeaningBinding bound = rules.meanings().get(code);
        if (bound != null) {
            return new Reading(
                    meaning(bound.concept(), bound.pole(), code, MeaningSource.RULE_PACK), MeaningSource.RULE_PACK);
        }
        Optional<QuestionMeaning> read = RESOLVER.resolve(text, code);
        return new Reading(read, read.map(QuestionMeaning::source).orElse(MeaningSource.NONE));
    }

    private static Optional<QuestionMeaning> meaning(
            String concept, Direction pole, String code, MeaningSource source) {
        return ConceptVocabulary.defaults()
                .concept(concept)
                .map(c -> new QuestionMeaning(c, pole == Direction.HIGH ? 1 : -1, 1.0, code, source));
    }
}
