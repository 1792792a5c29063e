package org.psychograph.persona.api.types;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.psychograph.persona.meaning.Concept;

@Type("Concept")
@Description("A psychographic dimension of the vocabulary question meanings are read into, with its two poles.")
public record ConceptView(
        @NonNull String id,
        @NonNull String label,

        @Description("The high pole in words (\"wants low prices\")") @NonNull
        String highWords,

        @Description("The low pole in words (\"does not mind paying more\")") @NonNull
        String lowWords) {

    public static ConceptView of(Concept c) {
        return new ConceptView(c.id(), c.label(), c.high().words(), c.low().words());
    }
}
