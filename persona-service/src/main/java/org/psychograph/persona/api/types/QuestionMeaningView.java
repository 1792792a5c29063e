package org.psychograph.persona.api.types;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.psychograph.persona.generation.Meanings;
import org.psychograph.persona.meaning.MeaningSource;
import org.psychograph.persona.rules.Direction;
import org.psychograph.persona.service.QuestionReading;

@Type("QuestionMeaning")
@Description("What agreeing with a basis question means for personas: a concept of the vocabulary and its pole, or "
        + "no concept. Read from the question's text unless the rule pack binds it or an analyst corrected it.")
public record QuestionMeaningView(
        @NonNull String questionCode,
        String questionText,

        @Description("The concept's id (see `concepts`); null: the question measures no concept, and no archetype or "
                + "section is drawn from it")
        String concept,

        String conceptLabel,

        @Description("HIGH: agreeing means the concept's high pole (\"wants low prices\" for price sensitivity); "
                + "LOW: its low pole")
        Direction pole,

        @Description("The pole in words, as personas use it")
        String poleWords,

        @Description("1 for a correction or a binding; about 0.9 for a lexicon term, 0.6 when two concepts' terms "
                + "compete; the cosine similarity for a reading by sentence similarity; 0 for no concept")
        @NonNull
        Double confidence,

        @Description("The lexicon term, the closest anchor statement, or the question code that decided it")
        String matchedWords,

        @NonNull MeaningSourceView source) {

    @Enum("MeaningSource")
    @Description("Who decided a question's meaning, in order of precedence: ANALYST (correctQuestionMeaning), "
            + "RULE_PACK (the workspace's rule pack binds the code), LEXICON (a term of the vocabulary in the text, "
            + "negation handled), SIMILARITY (sentence embedding close to one pole's words), NONE (no concept).")
    public enum MeaningSourceView {
        ANALYST,
        RULE_PACK,
        LEXICON,
        SIMILARITY,
        NONE;

        public static MeaningSourceView of(MeaningSource source) {
            return valueOf(source.name());
        }
    }

    public static QuestionMeaningView of(QuestionReading question) {
        return of(question.questionCode(), question.questionText(), question.reading());
    }

    static QuestionMeaningView of(String code, String text, Meanings.Reading reading) {
        return reading.meaning()
                .map(m -> {
                    boolean high = m.polarity() > 0;
                    return new QuestionMeaningView(
                            code,
                            text,
                            m.concept().id(),
                            m.concept().label(),
                            high ? Direction.HIGH : Direction.LOW,
                            m.concept().pole(high).words(),
                            m.confidence(),
                            m.term(),
                            MeaningSourceView.of(reading.source()));
                })
                .orElseGet(() -> new QuestionMeaningView(
                        code, text, null, null, null, null, 0.0, null, MeaningSourceView.of(reading.source())));
    }
}
