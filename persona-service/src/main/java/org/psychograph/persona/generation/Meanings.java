package org.psychograph.persona.generation;

import java.util.Optional;
import org.psychograph.persona.client.ProfileEntry;
import org.psychograph.persona.meaning.ConceptVocabulary;
import org.psychograph.persona.meaning.MeaningResolver;
import org.psychograph.persona.meaning.QuestionMeaning;
import org.psychograph.persona.rules.Direction;
import org.psychograph.persona.rules.RulePackDocument;

/** The meaning of a run's questions: the pack's explicit bindings first, then the text's resolution. */
final class Meanings {

    /** Resolutions are cached by question text, so a survey's questions are resolved once per service. */
    private static final MeaningResolver RESOLVER = new MeaningResolver(ConceptVocabulary.defaults());

    private final RulePackDocument rules;

    Meanings(RulePackDocument rules) {
        this.rules = rules;
    }

    Optional<QuestionMeaning> of(ProfileEntry p) {
        return of(p.questionCode(), p.questionText());
    }

    Optional<QuestionMeaning> of(String code, String text) {
        RulePackDocument.MeaningBinding bound = rules.meanings().get(code);
        if (bound != null) {
            return ConceptVocabulary.defaults().concept(bound.concept())
                    .map(c -> new QuestionMeaning(c, bound.pole() == Direction.HIGH ? 1 : -1, 1.0, code, "rule pack"));
        }
        return RESOLVER.resolve(text, code);
    }
}
